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

    /**
     * One node of the variant-phrase trie, reached by a word: its spelling replacement, the
     * canonical token when the words so far are a whole variant phrase, and the words that may follow.
     */
    private static final class Node {
        String replacement;
        String canonical;
        final HashMap<String, Node> next = new HashMap<>();

        Node child(String word) {
            return next.computeIfAbsent(word, w -> new Node());
        }
    }

    /** Each word that is a spelling variant or starts a variant phrase; never changed after construction. */
    private final Node root = new Node();

    public TextFolder(Map<String, String> spelling, Map<String, String> phrases) {
        spelling.forEach((from, to) -> root.child(from).replacement = to);
        phrases.forEach((phrase, canonical) -> {
            Node node = root;
            for (String word : phrase.split(" ")) {
                node = node.child(word);
            }
            node.canonical = canonical;
        });
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
            Node first = root.next.get(raw[i]);
            if (first == null) {
                out.add(raw[i]);
                continue;
            }
            int taken = foldPhrase(raw, i, first, out);
            if (taken > 0) {
                i += taken - 1;
            } else {
                out.add(first.replacement != null ? first.replacement : raw[i]);
            }
        }
        return out.toArray(String[]::new);
    }

    /** Folds the longest variant phrase starting at {@code i} into {@code out}; returns its word count or 0. */
    private static int foldPhrase(String[] raw, int i, Node first, List<String> out) {
        String canonical = null;
        int length = 0;
        Node node = first;
        for (int n = 1; node != null; n++) {
            if (node.canonical != null) {
                canonical = node.canonical;
                length = n;
            }
            node = i + n < raw.length ? node.next.get(raw[i + n]) : null;
        }
        if (canonical != null) {
            out.add(canonical);
        }
        return length;
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
