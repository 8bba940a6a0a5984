package dev.dossier.group.fingerprint;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Folds a text to the words its fingerprint is built from: lower case (Locale.ROOT), diacritics
 * removed, punctuation dropped ("U.S." is "us", "S-400" is "s 400"), British spellings folded to
 * US ones and country-name variants folded to one token, both from resource tables. Immutable and
 * thread-safe.
 */
public final class TextFolder {
    private static final int MAX_PHRASE_WORDS = 6;
    private static final String[] FOLDED_CHARS = foldTable();

    private final Map<String, String> spelling;
    private final Map<String, String> phrases;
    private final Map<String, Integer> longestPhraseByFirstWord;

    public TextFolder(Map<String, String> spelling, Map<String, String> phrases) {
        this.spelling = Map.copyOf(spelling);
        this.phrases = Map.copyOf(phrases);
        Map<String, Integer> longest = new HashMap<>();
        phrases.keySet().forEach(p -> longest.merge(p.split(" ")[0], p.split(" ").length, Math::max));
        this.longestPhraseByFirstWord = Map.copyOf(longest);
    }

    /** The folder with this module's spelling and country tables. */
    public static TextFolder standard() {
        return Holder.STANDARD;
    }

    /** The folded words of {@code text}, variants folded. */
    public String[] words(String text) {
        String[] raw = rawWords(text);
        List<String> out = new ArrayList<>(raw.length);
        for (int i = 0; i < raw.length; i++) {
            int taken = foldPhrase(raw, i, out);
            if (taken > 0) {
                i += taken - 1;
            } else {
                out.add(spelling.getOrDefault(raw[i], raw[i]));
            }
        }
        return out.toArray(String[]::new);
    }

    /** Folds the longest variant phrase starting at {@code i} into {@code out}; returns its word count or 0. */
    private int foldPhrase(String[] raw, int i, List<String> out) {
        Integer longest = longestPhraseByFirstWord.get(raw[i]);
        if (longest == null) {
            return 0;
        }
        for (int n = Math.min(longest, raw.length - i); n >= 1; n--) {
            String canonical = phrases.get(String.join(" ", java.util.Arrays.asList(raw).subList(i, i + n)));
            if (canonical != null) {
                out.add(canonical);
                return n;
            }
        }
        return 0;
    }

    /**
     * Lower-cased, diacritic-free runs of letters and digits; '.' and apostrophes inside a word are
     * dropped, and so is a possessive "'s" ("Türkiye's" is "turkiye").
     */
    public static String[] rawWords(String text) {
        List<String> words = new ArrayList<>(text.length() / 5 + 1);
        StringBuilder word = new StringBuilder(16);
        int apostropheAt = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (foldInto(c, word)) {
                continue;
            }
            if (isJoiner(c) && word.length() > 0) {
                apostropheAt = c == '.' ? apostropheAt : word.length();
                continue;
            }
            flush(word, apostropheAt, words);
            apostropheAt = -1;
        }
        flush(word, apostropheAt, words);
        return words.toArray(String[]::new);
    }

    private static void flush(StringBuilder word, int apostropheAt, List<String> words) {
        if (apostropheAt > 0 && word.length() == apostropheAt + 1 && word.charAt(apostropheAt) == 's') {
            word.setLength(apostropheAt);
        }
        if (word.length() > 0) {
            words.add(word.toString());
            word.setLength(0);
        }
    }

    /** Appends the folded form of {@code c} to {@code word}; false when {@code c} is not part of a word. */
    private static boolean foldInto(char c, StringBuilder word) {
        if (c < 128) {
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                word.append(c);
                return true;
            }
            if (c >= 'A' && c <= 'Z') {
                word.append((char) (c + 32));
                return true;
            }
            return false;
        }
        String folded = fold(c);
        if (folded == null) {
            return false;
        }
        word.append(folded);
        return true;
    }

    private static boolean isJoiner(char c) {
        return c == '.' || c == '\'' || c == '\u2019' || c == '\u00AD';
    }

    /** The folded form of one character, or null when it is not part of a word. */
    static String fold(char c) {
        if (c < 128) {
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                return String.valueOf(c);
            }
            return c >= 'A' && c <= 'Z' ? String.valueOf((char) (c + 32)) : null;
        }
        if (c < FOLDED_CHARS.length) {
            String f = FOLDED_CHARS[c];
            return f.isEmpty() ? null : f;
        }
        return Character.isLetterOrDigit(c) ? String.valueOf(c).toLowerCase(Locale.ROOT) : null;
    }

    private static String[] foldTable() {
        String[] table = new String[0x0530];
        for (char c = 0; c < table.length; c++) {
            table[c] = foldSlow(c);
        }
        return table;
    }

    private static String foldSlow(char c) {
        if (!Character.isLetterOrDigit(c)) {
            return "";
        }
        String special = switch (c) {
            case 'ı', 'İ' -> "i";
            case 'ß' -> "ss";
            case 'æ', 'Æ' -> "ae";
            case 'œ', 'Œ' -> "oe";
            case 'ø', 'Ø' -> "o";
            case 'ł', 'Ł' -> "l";
            case 'đ', 'Đ' -> "d";
            case 'þ', 'Þ' -> "th";
            default -> null;
        };
        if (special != null) {
            return special;
        }
        String base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return base.toLowerCase(Locale.ROOT);
    }

    private static final class Holder {
        static final TextFolder STANDARD = new TextFolder(
                table("/dev/dossier/group/spelling-variants.tsv"),
                table("/dev/dossier/group/country-variants.tsv"));

        private static Map<String, String> table(String resource) {
            Map<String, String> map = new HashMap<>();
            for (String[] row : Lexicons.rows(TextFolder.class, resource)) {
                if (row.length >= 2 && row[0].split(" ").length <= MAX_PHRASE_WORDS) {
                    map.putIfAbsent(row[0].strip(), row[1].strip());
                }
            }
            return map;
        }
    }
}
