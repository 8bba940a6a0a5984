package dev.dossier.nlp.time;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The text being tagged, its anchor, and the small look-arounds the rules need. */
record Context(String text, Anchor anchor, TimeLexicon lexicon) {
    private static final int TENSE_WINDOW = 80;
    private static final Pattern FUTURE_CUE = Pattern.compile(
            "(?i)\\b(?:will|'ll|shall|won't|due|scheduled|set to|expected to|plans? to|planning to|going to"
                    + "|aims? to|intends? to|next|upcoming|coming)\\b");
    private static final Pattern PAST_CUE = Pattern.compile(
            "(?i)\\b(?:said|says|told|was|were|had|did|last|ago|\\w{2,}ed)\\b");

    /** The word just before {@code pos} (letters, digits, hyphen, apostrophe), lower-cased, or "". */
    String wordBefore(int pos) {
        int end = pos;
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && isWordChar(text.charAt(start - 1))) {
            start--;
        }
        return text.substring(start, end).toLowerCase(Locale.ROOT);
    }

    /** The word just after {@code pos}, lower-cased, or "". */
    String wordAfter(int pos) {
        int end = wordEnd(pos);
        int start = end;
        while (start > pos && isWordChar(text.charAt(start - 1))) {
            start--;
        }
        return text.substring(start, end).toLowerCase(Locale.ROOT);
    }

    /** Where the word after {@code pos} ends (after any whitespace before it). */
    int wordEnd(int pos) {
        int end = pos;
        while (end < text.length() && Character.isWhitespace(text.charAt(end))) {
            end++;
        }
        while (end < text.length() && isWordChar(text.charAt(end))) {
            end++;
        }
        return end;
    }

    char charBefore(int pos) {
        return pos > 0 ? text.charAt(pos - 1) : ' ';
    }

    char charAfter(int pos) {
        return pos < text.length() ? text.charAt(pos) : ' ';
    }

    /**
     * Whether the clause before {@code pos} speaks of the future: the nearest tense cue on the
     * left, within the sentence, is a future one ("will", "is due", "plans to"). News speaks
     * of the past by default.
     */
    boolean future(int pos) {
        int from = Math.max(0, pos - TENSE_WINDOW);
        for (int i = pos - 1; i >= from; i--) {
            char c = text.charAt(i);
            if (c == '.' || c == '!' || c == '?' || c == '\n') {
                from = i + 1;
                break;
            }
        }
        return lastEnd(FUTURE_CUE, from, pos) >= lastEnd(PAST_CUE, from, pos) && lastEnd(FUTURE_CUE, from, pos) > 0;
    }

    private int lastEnd(Pattern cue, int from, int to) {
        Matcher m = cue.matcher(text).region(from, to);
        int end = -1;
        while (m.find()) {
            end = m.end();
        }
        return end;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '-' || c == '\'';
    }
}
