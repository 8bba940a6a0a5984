package dev.dossier.nlp.text;

import java.text.Normalizer;

/**
 * Folds one character for matching: lower case without the default locale, diacritics
 * removed, typographic variants (curly apostrophes, dashes, no-break spaces) made plain.
 * Always one character for one, so offsets into the original text stay valid.
 */
public final class Fold {
    private static final int TABLE_SIZE = 0x3000;
    private static final char[] TABLE = buildTable();
    /** The first Han, Hiragana or Katakana char (U+2E80, the CJK radicals): none comes before it. */
    static final char FIRST_IDEOGRAPHIC = '\u2E80';
    /** The first Hangul char (U+1100, the Jamo): none comes before it. */
    static final char FIRST_HANGUL = '\u1100';

    private Fold() {}

    public static char fold(char c) {
        return c < TABLE_SIZE ? TABLE[c] : Character.toLowerCase(c);
    }

    /**
     * One char as Java's case-insensitive Unicode matching compares it: lower case of upper case
     * (ASCII without the lookups). Not {@link #fold(char)}, which also drops diacritics and plains typographic variants.
     */
    public static char caseFold(char c) {
        if (c < 0x80) {
            return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
        return Character.toLowerCase(Character.toUpperCase(c));
    }

    /** The folded form of a whole string, same length as {@code text}. */
    public static String fold(CharSequence text) {
        char[] out = new char[text.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = fold(text.charAt(i));
        }
        return new String(out);
    }

    public static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c);
    }

    /**
     * A Han, Hiragana or Katakana character: those scripts write words without spaces, so each
     * such character may begin or end a word.
     */
    public static boolean isIdeographic(char c) {
        if (c < FIRST_IDEOGRAPHIC) {
            return false; // most text is Latin or Cyrillic: no script lookup (a binary search) for it
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA;
    }

    /**
     * A Hangul character: Korean attaches its particles to the word before them ("미국은"), so a
     * Korean word may end inside a run of letters.
     */
    public static boolean isHangul(char c) {
        // most text is Latin or Cyrillic: no script lookup (a binary search) for it
        return c >= FIRST_HANGUL && Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL;
    }

    private static char[] buildTable() {
        char[] table = new char[TABLE_SIZE];
        for (int i = 0; i < TABLE_SIZE; i++) {
            table[i] = computeFold((char) i);
        }
        return table;
    }

    private static char computeFold(char c) {
        switch (c) {
            case '\u2018', '\u2019', '\u02BC', '\u0060', '\u00B4' -> { return '\''; }
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212' -> { return '-'; }
            case '\u00A0', '\u2007', '\u202F', '\t', '\n', '\r', '\u2009', '\u200A' -> { return ' '; }
            case '\u0131', '\u0130' -> { return 'i'; }
            case '\u00F8', '\u00D8' -> { return 'o'; }
            case '\u0142', '\u0141' -> { return 'l'; }
            case '\u0111', '\u0110' -> { return 'd'; }
            case '\u00DF' -> { return 's'; }
            case '\u00E6', '\u00C6' -> { return 'a'; }
            default -> { }
        }
        String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        char base = decomposed.charAt(0);
        if (decomposed.length() > 1 && Character.getType(decomposed.charAt(1)) != Character.NON_SPACING_MARK) {
            base = c;
        }
        return Character.toLowerCase(base);
    }
}
