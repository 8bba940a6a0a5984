package dev.dossier.assertion;

import dev.dossier.nlp.text.Fold;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Case-insensitive matching made cheap: a lexicon pattern is rewritten once to lower case and
 * matched case-sensitively against the sentence folded once, instead of folding every character
 * at every position for every pattern. The fold is Java's own for {@code CASE_INSENSITIVE |
 * UNICODE_CASE} (lower case of upper case, char by char), so offsets and matches are unchanged.
 * Where that could differ, the caller keeps the case-insensitive form: a pattern whose meaning
 * depends on case or on ASCII-only classes (case properties, POSIX classes, {@code \w}, ranges,
 * code-point escapes, inline flags, named groups), and a text with a character the fold would
 * turn into ASCII or into a letter ("İ", "ſ", the Kelvin sign, the Greek ypogegrammeni).
 */
final class CaseFold {
    /** Property classes that hold the same characters in either case, ASCII or not. */
    private static final Set<String> CASELESS_PROPERTIES = Set.of("L", "N", "P", "S", "Z");

    private CaseFold() {}

    /**
     * {@code text} with every char folded (same length, so a match's offsets are offsets in
     * {@code text}); empty when a char would fold across ASCII or into a letter.
     */
    static Optional<String> fold(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            char folded = Fold.caseFold(c);
            if (c >= 0x80 && (folded < 0x80 || Character.isLetter(folded) != Character.isLetter(c))) {
                return Optional.empty();
            }
            chars[i] = folded;
        }
        return Optional.of(new String(chars));
    }

    /**
     * The case-sensitive pattern that matches {@link #fold}ed text as {@code regex} matches text
     * in any case; empty when no rewrite is safe.
     */
    static Optional<Pattern> compile(String regex) {
        StringBuilder out = new StringBuilder(regex.length());
        boolean inClass = false;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                if (i + 1 >= regex.length()) {
                    return Optional.empty();
                }
                char next = regex.charAt(i + 1);
                if (next == 'p' || next == 'P') {
                    int close = regex.indexOf('}', i);
                    if (close < 0 || i + 2 >= regex.length() || regex.charAt(i + 2) != '{'
                            || !CASELESS_PROPERTIES.contains(regex.substring(i + 3, close))) {
                        return Optional.empty();
                    }
                    out.append(regex, i, close + 1);
                    i = close;
                } else if ("xuc0NQEkwW".indexOf(next) >= 0 || Character.isDigit(next) || next >= 0x80) {
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
            } else if (inClass && c == '-' && regex.charAt(i - 1) != '[' && i + 1 < regex.length()
                    && regex.charAt(i + 1) != ']') {
                return Optional.empty();
            } else {
                inClass = c == '[' || (inClass && c != ']');
                out.append(Fold.caseFold(c));
            }
        }
        try {
            return Optional.of(Pattern.compile(out.toString()));
        } catch (PatternSyntaxException e) {
            return Optional.empty();
        }
    }
}
