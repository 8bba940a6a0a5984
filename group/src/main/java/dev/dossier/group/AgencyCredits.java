package dev.dossier.group;

import dev.dossier.group.fingerprint.Lexicons;
import dev.dossier.model.Document;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the news agency a text credits as its own: a dateline "ANKARA (Reuters) -", a sign-off "— AP",
 * "AFP contributed to this report", "© Xinhua", an agency's house-style credit line
 * ("Reporting by …; Editing by …"), or an outlet that is itself an agency. A mention such as
 * "Reuters reported", "told AFP" or "Agence France-Presse (AFP) news agency" is a citation, not a credit, and is not matched.
 * Agencies come from {@code news-agencies.tsv}. Immutable and thread-safe.
 */
public final class AgencyCredits {
    private record Agency(String name, List<String> forms, List<Pattern> credits, boolean houseStyle) {
        /** A cheap test before the patterns: could the text credit this agency at all? */
        boolean named(String text, String lowerText) {
            for (String form : forms) {
                if (form.length() > 4 ? lowerText.contains(form.toLowerCase(Locale.ROOT)) : text.contains(form)) {
                    return true;
                }
            }
            return houseStyle;
        }
    }

    private final List<Agency> agencies;

    private AgencyCredits(List<Agency> agencies) {
        this.agencies = List.copyOf(agencies);
    }

    public static AgencyCredits standard() {
        return Holder.STANDARD;
    }

    /** The agency whose text this document says it is, if it says so. */
    public Optional<String> creditOf(Document document) {
        Optional<String> byOutlet = document.metadata().outlet().flatMap(this::agencyNamed);
        return byOutlet.isPresent() ? byOutlet : creditIn(document.body());
    }

    /** The agency credited in {@code text}; when several are, the one credited first. */
    public Optional<String> creditIn(String text) {
        String best = null;
        int bestAt = Integer.MAX_VALUE;
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

    /** The agency whose name or credit form is exactly {@code outlet} (ignoring case), if any. */
    public Optional<String> agencyNamed(String outlet) {
        String wanted = outlet.strip().toLowerCase(Locale.ROOT);
        return agencies.stream()
                .filter(a -> a.name().toLowerCase(Locale.ROOT).equals(wanted)
                        || a.forms().stream().anyMatch(f -> f.toLowerCase(Locale.ROOT).equals(wanted) && f.length() > 3))
                .map(Agency::name)
                .findFirst();
    }

    private static List<Pattern> creditPatterns(List<String> forms, List<String> houseStyle) {
        List<Pattern> patterns = new ArrayList<>();
        for (String form : forms) {
            String f = Pattern.quote(form);
            int flags = form.length() > 4 ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0;
            patterns.add(Pattern.compile("\\(\\s*" + f + "\\s*\\)\\s*[\u2014\u2013:-]", flags));
            patterns.add(Pattern.compile("(?m)(?:[\u2014\u2013-]\\s*|^\\s*)" + f + "\\s*\\.?\\s*\\z", flags));
            patterns.add(Pattern.compile("\\b" + f + "\\b[^.\\n]{0,60}?\\bcontributed\\b", flags));
            patterns.add(Pattern.compile("(?:\u00A9|\\([cC]\\)|[Cc]opyright)\\s*(?:\\d{4}\\s*)?" + f + "\\b", flags));
        }
        for (String phrase : houseStyle) {
            patterns.add(Pattern.compile("(?m)(?:^|\\()\\s*" + Pattern.quote(phrase) + "\\s+\\p{Lu}"));
        }
        return patterns;
    }

    private static final class Holder {
        static final AgencyCredits STANDARD = load();

        private static AgencyCredits load() {
            List<Agency> agencies = new ArrayList<>();
            for (String[] row : Lexicons.rows(AgencyCredits.class, "/dev/dossier/group/news-agencies.tsv")) {
                List<String> forms = cells(row, 1);
                List<String> houseStyle = cells(row, 2);
                agencies.add(new Agency(row[0].strip(), forms, creditPatterns(forms, houseStyle), !houseStyle.isEmpty()));
            }
            return new AgencyCredits(agencies);
        }

        private static List<String> cells(String[] row, int column) {
            if (row.length <= column) {
                return List.of();
            }
            return java.util.Arrays.stream(row[column].split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        }
    }
}
