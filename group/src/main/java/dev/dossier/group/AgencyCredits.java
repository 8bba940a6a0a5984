package dev.dossier.group;

import dev.dossier.group.fingerprint.Lexicons;
import dev.dossier.model.Document;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the wire a text credits as its own: the name in a dateline's parentheses
 * ("PARIS, March 14 (Meridian) - …", any wire, known or not), or for the agencies of
 * {@code news-agencies.tsv} also a sign-off "— AP", "AFP contributed to this report" or
 * "© Xinhua", or an outlet that is itself an agency. A mention such as "Reuters reported",
 * "told AFP" or "Agence France-Presse (AFP) news agency" is a citation, not a credit; a
 * "Reporting by …; Editing by …" line says that a wire wrote the text, not which one. Immutable
 * and thread-safe.
 */
public final class AgencyCredits {
    /** A dateline: a place in capitals, maybe a date, the credited wire in parentheses, a dash. */
    private static final Pattern DATELINE = Pattern.compile(
            "(?m)^[ \\t]*\\p{Lu}{2,}[\\p{L}\\d .,'\u2019/-]{0,60}?\\(([^()\\n]{2,40})\\)[ \\t]*[\u2014\u2013-]");

    private record Agency(String name, List<String> forms, List<String> lowerForms, List<Pattern> credits) {
        Agency(String name, List<String> forms, List<Pattern> credits) {
            this(name, forms, forms.stream().map(f -> f.toLowerCase(Locale.ROOT)).toList(), credits);
        }

        /** A cheap test before the patterns: does the text name this agency at all? */
        boolean named(String text, String lowerText) {
            for (int i = 0; i < forms.size(); i++) {
                String f = forms.get(i);
                if (f.length() > 4 ? lowerText.contains(lowerForms.get(i)) : text.contains(f)) {
                    return true;
                }
            }
            return false;
        }

        boolean hasForm(String credit) {
            return name.equalsIgnoreCase(credit) || forms.stream()
                    .anyMatch(f -> f.length() > 4 ? f.equalsIgnoreCase(credit) : f.equals(credit));
        }
    }

    private final List<Agency> agencies;

    private AgencyCredits(List<Agency> agencies) {
        this.agencies = List.copyOf(agencies);
    }

    public static AgencyCredits standard() {
        return Holder.STANDARD;
    }

    /**
     * The wire whose text this document says it is: its outlet when that is an agency, else the
     * credit in its body, written out as the document's outlet when the credit abbreviates it
     * ("CPA" in a text of the outlet "Continental Press Agency").
     */
    public Optional<String> creditOf(Document document) {
        Optional<String> outlet = document.metadata().outlet();
        Optional<String> byOutlet = outlet.flatMap(this::agencyNamed);
        if (byOutlet.isPresent()) {
            return byOutlet;
        }
        Optional<String> credit = creditIn(document.body());
        if (credit.isPresent() && outlet.isPresent() && agencyNamed(credit.get()).isEmpty()
                && abbreviates(credit.get(), outlet.get())) {
            return outlet;
        }
        return credit;
    }

    /** The wire credited in {@code text} (a known agency by its canonical name); the first credit wins. */
    public Optional<String> creditIn(String text) {
        String best = null;
        int bestAt = Integer.MAX_VALUE;
        Matcher dateline = DATELINE.matcher(text);
        if (dateline.find()) {
            best = canonical(dateline.group(1).strip());
            bestAt = dateline.start();
        }
        String lowerText = text.toLowerCase(Locale.ROOT);
        for (Agency agency : agencies) {
            if (!agency.named(text, lowerText)) {
                continue;
            }
            for (Pattern credit : agency.credits()) {
                Matcher m = credit.matcher(text);
                if (m.find() && m.start() < bestAt) {
                    best = agency.name();
                    bestAt = m.start();
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** The known agency whose name or credit form is exactly {@code name} (short forms by case too). */
    public Optional<String> agencyNamed(String name) {
        String wanted = name.strip();
        return agencies.stream().filter(a -> a.hasForm(wanted)).map(Agency::name).findFirst();
    }

    private String canonical(String credit) {
        return agencyNamed(credit).orElse(credit);
    }

    /** Whether {@code credit} is the start of {@code outlet} or the initials of its capitalised words. */
    public static boolean abbreviates(String credit, String outlet) {
        if (outlet.toLowerCase(Locale.ROOT).startsWith(credit.toLowerCase(Locale.ROOT))) {
            return true;
        }
        StringBuilder initials = new StringBuilder();
        for (String word : outlet.split("[\\s-]+")) {
            if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
                initials.append(word.charAt(0));
            }
        }
        return initials.length() >= 2 && initials.toString().equals(credit);
    }

    private static List<Pattern> creditPatterns(List<String> forms) {
        List<Pattern> patterns = new ArrayList<>();
        for (String form : forms) {
            String f = Pattern.quote(form);
            int flags = form.length() > 4 ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0;
            patterns.add(Pattern.compile("\\(\\s*" + f + "\\s*\\)\\s*[\u2014\u2013:-]", flags));
            patterns.add(Pattern.compile("(?m)(?:[\u2014\u2013-]\\s*|^\\s*)" + f + "\\s*\\.?\\s*\\z", flags));
            patterns.add(Pattern.compile("\\b" + f + "\\b[^.\\n]{0,60}?\\bcontributed\\b", flags));
            patterns.add(Pattern.compile("(?:\u00A9|\\([cC]\\)|[Cc]opyright)\\s*(?:\\d{4}\\s*)?" + f + "\\b", flags));
        }
        return patterns;
    }

    private static final class Holder {
        static final AgencyCredits STANDARD = load();

        private static AgencyCredits load() {
            List<Agency> agencies = new ArrayList<>();
            for (String[] row : Lexicons.rows(AgencyCredits.class, "/dev/dossier/group/news-agencies.tsv")) {
                List<String> forms = row.length > 1
                        ? Arrays.stream(row[1].split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList()
                        : List.of();
                agencies.add(new Agency(row[0].strip(), forms, creditPatterns(forms)));
            }
            return new AgencyCredits(agencies);
        }
    }
}
