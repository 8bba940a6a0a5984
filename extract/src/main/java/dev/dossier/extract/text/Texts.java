package dev.dossier.extract.text;

import java.util.regex.Pattern;

/** Small measures of a line of text that the rules share. */
public final class Texts {
    private static final Pattern QUOTED = Pattern.compile("[\"“«][^\"”»]*[\"”»]");
    private static final Pattern READER = Pattern.compile("\\b(we|we're|we've|our|us|you|you're|your)\\b",
            Pattern.CASE_INSENSITIVE);

    /** The first Hangul char (U+1100, the Jamo): no Chinese, Japanese or Korean char comes before it. */
    static final int FIRST_CJK = 0x1100;

    private Texts() {}

    public static int wordCount(String text) {
        return wordCount(text, 0, text.length());
    }

    /** The words of {@code text} from {@code start} to {@code end}, as {@link #wordCount(String)} of that substring. */
    static int wordCount(String text, int start, int end) {
        int words = 0;
        boolean inWord = false;
        for (int i = start; i < end; i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        return words;
    }

    /** A headline: short, not a sentence that ends in a period, colon or comma (Western or CJK). */
    public static boolean headlineLike(String line) {
        String text = line.strip();
        if (text.isEmpty() || text.length() > 200 || wordCount(text) > 25) {
            return false;
        }
        char last = text.charAt(text.length() - 1);
        return ".,;:。，；：、".indexOf(last) < 0 || text.endsWith("...");
    }

    /** A line of an article's header: a headline of four or more words, or a byline or date line. */
    public static boolean headerLike(String line) {
        return headlineLike(line) && wordCount(line) >= 4 && !prose(line)
                || dev.dossier.extract.meta.Bylines.byLine(line).isPresent()
                || dev.dossier.extract.meta.CreditLine.parse(line).isPresent();
    }

    /** Running prose: a long line, or a sentence of some length (CJK characters counted about two to a word). */
    public static boolean prose(String line) {
        String text = line.strip();
        int words = wordCount(text);
        if (words >= 14) {
            return true; // long enough without counting the ideographs
        }
        words += ideographs(text) / 2;
        if (words >= 14) {
            return true;
        }
        return words >= 6 && endsSentence(text) && !text.endsWith("?");
    }

    public static boolean endsSentence(String text) {
        String t = text.strip();
        while (!t.isEmpty() && "\"'”’»)]」』）".indexOf(t.charAt(t.length() - 1)) >= 0) {
            t = t.substring(0, t.length() - 1);
        }
        return !t.isEmpty() && ".!?…。！？".indexOf(t.charAt(t.length() - 1)) >= 0;
    }

    /** Chinese, Japanese and Korean characters, written without spaces between words: about two make a word. */
    private static int ideographs(String text) {
        return (int) text.codePoints().filter(c -> c >= FIRST_CJK && (Character.isIdeographic(c)
                || Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL
                || Character.UnicodeScript.of(c) == Character.UnicodeScript.HIRAGANA
                || Character.UnicodeScript.of(c) == Character.UnicodeScript.KATAKANA)).count();
    }

    /** True when the text speaks to the reader as "we"/"you" outside quotation marks: appeals do, reports rarely. */
    public static boolean addressesReader(String line) {
        return READER.matcher(QUOTED.matcher(line).replaceAll(" ")).find();
    }

    /**
     * Whitespace runs (including no-break spaces) collapsed to one space, trimmed: each run of the chars of
     * {@code [\\s\\u00A0\\u2007\\u202F\\u200B]+} becomes one space, as that regex's replaceAll would do (it
     * runs on every line; a line with nothing to collapse is not copied).
     */
    public static String squash(String text) {
        StringBuilder out = null;
        boolean inRun = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean space = isSpace(c);
            if (out == null && space && (c != ' ' || inRun)) {
                // Everything before stands as it was: a run reaching here began with one ' ', already there.
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null && !(space && inRun)) {
                out.append(space ? ' ' : c);
            }
            inRun = space;
        }
        return (out == null ? text : out.toString()).strip();
    }

    /** A letter or a number, as {@code [\\p{L}\\p{N}]} has them. */
    static boolean letterOrNumber(int c) {
        return switch (Character.getType(c)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                    Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }

    /** The whitespace of {@code \\s}, and the no-break and zero-width spaces. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '\u00A0'
                || c == '\u2007' || c == '\u202F' || c == '\u200B';
    }
}
