package dev.dossier.extract.text;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * The headline a page's URL spells: most news sites put the headline's words in the path
 * ("/2023/01/04/navy-signs-deal-for-two-frigates/"). Among the lines above the first sentence of prose, the
 * headline-like one sharing the most words with the slug is the headline, when it shares at least
 * three and at least a third of the shorter of the two; of equals, the one with fewer other words, then the
 * later one (a page repeats its headline in furniture above it). Words match when equal or, from four
 * letters, when they begin alike ("russia"/"russian", "kitaj"/"kitay"); Cyrillic is read in Latin
 * letters, as slugs write it. Pure and thread-safe.
 */
final class UrlSlug {
    private static final int MIN_SHARED = 3;
    private static final int LINES_SEEN = 15;
    private static final String[] CYRILLIC = {
        "a", "b", "v", "g", "d", "e", "zh", "z", "i", "j", "k", "l", "m", "n", "o", "p", "r", "s", "t", "u", "f", "h",
        "c", "ch", "sh", "sch", "", "y", "", "e", "yu", "ya"};

    private UrlSlug() {}

    /** The index of the headline line the URL spells, or empty. */
    static OptionalInt titleLine(List<Line> lines, JunkKind[] junk, String url) {
        List<String> slug = slugWords(url);
        if (slug.size() < MIN_SHARED) {
            return OptionalInt.empty();
        }
        int best = -1;
        int bestShared = 0;
        int bestExtra = 0;
        for (int i = 0, seen = 0; i < lines.size() && seen < LINES_SEEN; i++) {
            if (junk[i] != null) {
                continue;
            }
            seen++;
            String text = lines.get(i).text();
            // Prose above the headline may be the lead a scrape put first: the headline is never looked for below it.
            if (Texts.prose(text) && !Texts.headlineLike(text)) {
                break;
            }
            List<String> words = words(text);
            int shared = shared(slug, words);
            boolean enough = shared >= MIN_SHARED && shared * 3 >= Math.min(slug.size(), words.size());
            // Ties go to the line with fewer other words, then to the later line (furniture repeats the headline above it).
            int extra = words.size() - shared;
            if (enough && Texts.headlineLike(text)
                    && (shared > bestShared || shared == bestShared && extra <= bestExtra)) {
                best = i;
                bestShared = shared;
                bestExtra = extra;
            }
        }
        return best < 0 ? OptionalInt.empty() : OptionalInt.of(best);
    }

    /** The words of the URL path segment with the most words. */
    static List<String> slugWords(String url) {
        String path = url.replaceFirst("^[a-zA-Z][a-zA-Z0-9+.-]*://[^/]*", "").replaceFirst("[?#].*$", "");
        String decoded;
        try {
            decoded = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            decoded = path;
        }
        List<String> best = List.of();
        for (String segment : decoded.split("/")) {
            List<String> words = words(segment.replaceFirst("\\.(s?html?|php|aspx?|ece)$", ""));
            if (words.size() > best.size()) {
                best = words;
            }
        }
        return best;
    }

    /** Lower-case Latin words of {@code text}: letters of three or more, or numbers shorter than five digits. */
    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String w : latin(text).split("[^a-z0-9]+")) {
            boolean number = w.chars().allMatch(Character::isDigit);
            if (number ? !w.isEmpty() && w.length() < 5 : w.length() >= 3) {
                out.add(w);
            }
        }
        return out;
    }

    private static int shared(List<String> slug, List<String> words) {
        int shared = 0;
        List<String> left = new ArrayList<>(words);
        for (String s : slug) {
            for (int k = 0; k < left.size(); k++) {
                if (same(s, left.get(k))) {
                    shared++;
                    left.remove(k);
                    break;
                }
            }
        }
        return shared;
    }

    private static boolean same(String a, String b) {
        return a.equals(b) || a.length() >= 4 && b.length() >= 4 && a.regionMatches(0, b, 0, 4);
    }

    private static String latin(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toLowerCase(Locale.ROOT).toCharArray()) {
            if (c >= 'а' && c <= 'я') {
                out.append(CYRILLIC[c - 'а']);
            } else if (c == 'ё' || c == 'є') {
                out.append('e');
            } else if (c == 'і' || c == 'ї') {
                out.append('i');
            } else {
                out.append(c);
            }
        }
        return Normalizer.normalize(out, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
    }
}
