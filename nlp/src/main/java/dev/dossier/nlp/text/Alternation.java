package dev.dossier.nlp.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A regex alternation of words that matches what the flat alternation of the words, longest first,
 * matches ({@code (?:September|Sept\.|Sep\.|Sept)}), written as a tree of shared beginnings
 * ({@code (?:Sep(?:t(?:ember|\.|)|\.))}). Java tries the branches of an alternation one by one, so
 * a flat list of 480 month names costs 480 tries wherever it fails; the tree costs about a word's length.
 *
 * <p>Why the answers stay the same: the words that match at a position all lie on one path of the
 * tree (siblings begin with characters no one text character matches both of), the flat list tries
 * them longest first, and the tree tries a deeper word before the shorter word that ends higher up.
 * Where two siblings could match the same character in a case-insensitive pattern ("Lundi", "lundi"),
 * their words stay a flat list in the original order, unless the caller promises a case-sensitive pattern.
 */
public final class Alternation {
    /** How the words' spaces match. */
    public enum Spaces {
        /** A space matches a space. */
        LITERAL,
        /** A space matches any run of whitespace ({@code \s+}). */
        LOOSE
    }

    /** The case mode of the pattern the alternation goes into. */
    public enum Case {
        /** Matched case-sensitively: a character matches only itself. */
        SENSITIVE,
        /** Possibly inside {@code (?i)} or {@code (?iu)}: case variants may match the same character. */
        ANY
    }

    private final Spaces spaces;
    private final Case mode;

    private Alternation(Spaces spaces, Case mode) {
        this.spaces = spaces;
        this.mode = mode;
    }

    /** The words as one non-capturing group, each quoted, matching as the flat list longest first would. */
    public static String of(Collection<String> words, Spaces spaces, Case mode) {
        List<String> sorted = new ArrayList<>(words);
        sorted.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        StringBuilder out = new StringBuilder();
        new Alternation(spaces, mode).branches(sorted, 0, out);
        return out.toString();
    }

    /**
     * The words' endings from {@code depth} on, as a group: the words that go on, grouped by their next
     * character in order of first appearance, then the word that ends here (the shortest, so the last).
     */
    private void branches(List<String> words, int depth, StringBuilder out) {
        Map<Integer, List<String>> byNext = new LinkedHashMap<>();
        boolean ends = false;
        for (String word : words) {
            if (word.length() == depth) {
                ends = true;
            } else {
                byNext.computeIfAbsent(word.codePointAt(depth), k -> new ArrayList<>()).add(word);
            }
        }
        out.append("(?:");
        if (collide(byNext.keySet())) {
            String separator = "";
            for (String word : words) {
                out.append(separator).append(quote(word.substring(depth)));
                separator = "|";
            }
        } else {
            String separator = "";
            for (Map.Entry<Integer, List<String>> next : byNext.entrySet()) {
                out.append(separator);
                separator = "|";
                chain(next.getValue(), depth, out);
            }
            if (ends) {
                out.append(separator);
            }
        }
        out.append(')');
    }

    /** Characters the words share from {@code depth} on, then their branches (a lone word, as itself). */
    private void chain(List<String> words, int depth, StringBuilder out) {
        String first = words.get(0);
        if (words.size() == 1) {
            out.append(quote(first.substring(depth)));
            return;
        }
        int shared = depth;
        while (shared < first.length() && sameCodePointAt(words, shared)) {
            shared += Character.charCount(first.codePointAt(shared));
        }
        out.append(quote(first.substring(depth, shared)));
        branches(words, shared, out);
    }

    private static boolean sameCodePointAt(List<String> words, int index) {
        int c = words.get(0).codePointAt(index);
        for (String word : words) {
            if (word.length() <= index || word.codePointAt(index) != c) {
                return false;
            }
        }
        return true;
    }

    /** Whether one text character might match two of these characters (always for whitespace next to a loose space). */
    private boolean collide(Collection<Integer> next) {
        List<Integer> list = List.copyOf(next);
        for (int i = 0; i < list.size(); i++) {
            for (int j = i + 1; j < list.size(); j++) {
                if (collide(list.get(i), list.get(j))) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean collide(int a, int b) {
        if (spaces == Spaces.LOOSE && (a == ' ' && isRegexSpace(b) || b == ' ' && isRegexSpace(a))) {
            return true;
        }
        return mode == Case.ANY && (fold(a) == fold(b) || Character.toLowerCase(a) == Character.toLowerCase(b)
                || Character.toUpperCase(a) == Character.toUpperCase(b));
    }

    private static int fold(int c) {
        return Character.toLowerCase(Character.toUpperCase(c));
    }

    /** The characters Java's {@code \s} matches. */
    private static boolean isRegexSpace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    private String quote(String text) {
        if (text.isEmpty()) {
            return "";
        }
        if (spaces == Spaces.LITERAL) {
            return Pattern.quote(text);
        }
        StringBuilder out = new StringBuilder();
        int from = 0;
        for (int space = text.indexOf(' '); space >= 0; space = text.indexOf(' ', from)) {
            if (space > from) {
                out.append(Pattern.quote(text.substring(from, space)));
            }
            out.append("\\s+");
            from = space + 1;
        }
        if (from < text.length()) {
            out.append(Pattern.quote(text.substring(from)));
        }
        return out.toString();
    }
}
