package dev.dossier.assertion;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Case-insensitive matching made cheap: a lexicon pattern is rewritten once to lower case and
 * matched case-sensitively against the sentence folded once, instead of folding every character
 * at every position for every pattern. The fold is Java's own for {@code CASE_INSENSITIVE |
 * UNICODE_CASE} (lower case of upper case, char by char), so offsets and matches are unchanged.
 * A pattern whose meaning depends on case (case classes, escapes of code points, inline flags,
 * named groups) is not rewritten; its caller keeps the case-insensitive form.
 */
final class CaseFold {
    /** Property classes that hold the same characters in either case. */
    private static final Set<String> CASELESS_PROPERTIES = Set.of("L", "M", "N", "P", "S", "Z", "Alpha", "Digit",
            "Punct", "Space", "Alnum");

    private CaseFold() {}

    /** {@code text} with every char folded; same length, so a match's offsets are offsets in {@code text}. */
    static String fold(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = fold(chars[i]);
        }
        return new String(chars);
    }

    private static char fold(char c) {
        return Character.toLowerCase(Character.toUpperCase(c));
    }

    /** The case-sensitive pattern that matches {@link #fold}ed text as {@code regex} matches any case; empty when none is safe. */
    static Optional<Pattern> compile(String regex) {
        StringBuilder out = new StringBuilder(regex.length());
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                if (i + 1 >= regex.length()) {
                    return Optional.empty();
                }
                char next = regex.charAt(i + 1);
                if (next == 'p' || next == 'P') {
                    int close = regex.indexOf('}', i);
                    if (close < 0 || regex.charAt(i + 2) != '{'
                            || !CASELESS_PROPERTIES.contains(regex.substring(i + 3, close))) {
                        return Optional.empty();
                    }
                    out.append(regex, i, close + 1);
                    i = close;
                } else if ("xuc0NQEk".indexOf(next) >= 0 || Character.isDigit(next)) {
                    return Optional.empty();
                } else {
                    out.append(c).append(next);
                    i++;
                }
            } else if (c == '(' && regex.startsWith("(?", i) && i + 2 < regex.length()
                    && (Character.isLetter(regex.charAt(i + 2)) || regex.charAt(i + 2) == '-'
                            || regex.startsWith("(?<", i) && i + 3 < regex.length()
                                    && Character.isLetter(regex.charAt(i + 3)))) {
                return Optional.empty();
            } else {
                out.append(fold(c));
            }
        }
        return Optional.of(Pattern.compile(out.toString()));
    }
}
