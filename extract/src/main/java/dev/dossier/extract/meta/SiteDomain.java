package dev.dossier.extract.meta;

import dev.dossier.extract.Resources;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The site a page was published on, read from its URL: the registrable domain
 * ("https://amp.news.example.co.uk:443/a" → "example.co.uk", multi-label suffixes from
 * {@code public-suffixes.tsv}), and the outlet's name as the page itself writes it when its letters
 * spell that domain ("The Example Post" on theexamplepost.com, "UPI" on upi.com). Thread-safe.
 */
public final class SiteDomain {
    private static final Pattern HOST = Pattern.compile("^(?:[a-zA-Z][a-zA-Z0-9+.-]*:)?//(?:[^/?#@]*@)?([^/?#:]+)");
    private static final Pattern LABEL = Pattern.compile("[\\p{L}\\p{N}-]+");
    private static final Set<String> SUFFIXES = suffixes();
    /** A run of capitalised words, the way a name is written ("The Example Post", "News.Az", "TheDaily"). */
    private static final Pattern NAME = Pattern.compile(
            "(?<![\\p{L}\\p{N}])\\p{Lu}[\\p{L}\\p{N}&'’.-]*(?:[ \\u00a0]+(?:(?:of|and|de|&)[ \\u00a0]+)?\\p{Lu}[\\p{L}\\p{N}&'’.-]*){0,5}");

    private SiteDomain() {}

    /** The registrable domain of {@code url}, lower case, without port or trailing dot; empty when there is no host name. */
    public static Optional<String> of(String url) {
        Matcher m = HOST.matcher(url.strip());
        if (!m.find()) {
            return Optional.empty();
        }
        String host = m.group(1).toLowerCase(Locale.ROOT).replaceAll("\\.+$", "");
        String[] labels = host.split("\\.");
        if (labels.length < 2 || host.matches("[\\d.]+") || !allLabels(labels)) {
            return Optional.empty();
        }
        int keep = 2;
        for (int k = labels.length - 1; k >= 2; k--) {
            if (SUFFIXES.contains(String.join(".", List.of(labels).subList(labels.length - k, labels.length)))) {
                keep = k + 1;
                break;
            }
        }
        keep = Math.min(keep, labels.length);
        return Optional.of(String.join(".", List.of(labels).subList(labels.length - keep, labels.length)));
    }

    /**
     * The outlet's name written in {@code text} whose letters spell {@code domain} (whole, or its first
     * label, with or without a leading "the"), the first in reading order. A single plain word that the
     * text also uses in lower case ("News" on news.example) is a common word, not a name.
     */
    public static Optional<String> nameIn(String text, String domain) {
        String whole = squash(domain);
        String label = squash(domain.substring(0, domain.indexOf('.')));
        if (label.length() < 3) {
            return Optional.empty();
        }
        Matcher m = NAME.matcher(text);
        while (m.find()) {
            Optional<String> name = spelled(m.group().split("[ \\u00a0]+"), whole, label, text);
            if (name.isPresent()) {
                return name;
            }
        }
        return Optional.empty();
    }

    /** The longest run of the words that spells the domain, or empty. */
    private static Optional<String> spelled(String[] words, String whole, String label, String text) {
        for (int length = words.length; length >= 1; length--) {
            for (int from = 0; from + length <= words.length; from++) {
                String name = String.join(" ", List.of(words).subList(from, from + length)).replaceAll("[.,’'-]+$", "");
                String s = squash(name);
                boolean spells = s.equals(whole) || s.equals(label) || ("the" + s).equals(label) || s.equals("the" + label);
                if (spells && (length > 1 || !commonWord(name, text))) {
                    return Optional.of(name);
                }
            }
        }
        return Optional.empty();
    }

    /** A capitalised plain word ("News") that {@code text} also writes in lower case ("news"). */
    private static boolean commonWord(String word, String text) {
        String lower = word.toLowerCase(Locale.ROOT);
        boolean plain = word.substring(1).equals(lower.substring(1)) && word.indexOf('.') < 0;
        return plain && Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(lower) + "(?![\\p{L}\\p{N}])").matcher(text).find();
    }

    private static String squash(String s) {
        String folded = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        return folded.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
    }

    private static boolean allLabels(String[] labels) {
        for (String l : labels) {
            if (!LABEL.matcher(l).matches()) {
                return false;
            }
        }
        return true;
    }

    private static Set<String> suffixes() {
        Set<String> set = new HashSet<>();
        for (String[] row : Resources.tsv("public-suffixes.tsv")) {
            set.add(row[0].strip().toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(set);
    }
}
