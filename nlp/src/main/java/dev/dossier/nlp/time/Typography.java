package dev.dossier.nlp.time;

/**
 * A same-length copy of a text with typographic variants folded to the ASCII the patterns
 * expect: no-break and thin spaces to a space, the Unicode hyphens and dashes to '-', curly
 * apostrophes to '\''. Offsets into the copy are offsets into the original.
 */
final class Typography {
    private Typography() {}

    static String fold(String text) {
        char[] chars = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char folded = fold(c);
            if (folded != c) {
                if (chars == null) {
                    chars = text.toCharArray();
                }
                chars[i] = folded;
            }
        }
        return chars == null ? text : new String(chars);
    }

    private static char fold(char c) {
        return switch (c) {
            case '\u00A0', '\u2007', '\u2009', '\u200A', '\u202F', '\u2002', '\u2003' -> ' ';
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212' -> '-';
            case '\u2018', '\u2019', '\u02BC' -> '\'';
            default -> c;
        };
    }
}
