package dev.dossier.nlp.text;

/**
 * Reads the decimal digits of every script as ASCII digits: Arabic-Indic ("٢٠٢٣"), Eastern
 * Arabic-Indic as written in Persian and Urdu ("۲۰۲۳"), Devanagari ("२०२३"), full-width
 * ("２０２３") and the rest of Unicode's decimal digits; the Arabic decimal separator "٫" becomes
 * "." and the Arabic thousands separator "٬" becomes ",". Always one character for one, so
 * offsets into the original text stay valid and the patterns for numbers need know only ASCII.
 */
public final class Digits {
    private static final char ARABIC_DECIMAL = '\u066B';
    private static final char ARABIC_THOUSANDS = '\u066C';

    private Digits() {}

    /** {@code text} with every decimal digit and Arabic separator in ASCII; the same instance when there is none. */
    public static String ascii(String text) {
        int first = firstOther(text);
        if (first < 0) {
            return text;
        }
        char[] out = text.toCharArray();
        for (int i = first; i < out.length; i++) {
            out[i] = ascii(out[i]);
        }
        return new String(out);
    }

    /** One character: an ASCII digit or separator when it is a digit or separator of another script. */
    public static char ascii(char c) {
        if (c < 0x80) {
            return c;
        }
        if (c == ARABIC_DECIMAL) {
            return '.';
        }
        if (c == ARABIC_THOUSANDS) {
            return ',';
        }
        return Character.isDigit(c) ? (char) ('0' + Character.digit(c, 10)) : c;
    }

    private static int firstOther(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80 && ascii(c) != c) {
                return i;
            }
        }
        return -1;
    }
}
