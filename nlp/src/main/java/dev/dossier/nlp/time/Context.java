package dev.dossier.nlp.time;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The text being tagged, its anchor, and the small look-arounds the rules need. */
record Context(String text, Anchor anchor, TimeLexicon lexicon, TenseCues cues) {
    private static final int TENSE_WINDOW = 80;

    /** The tense cue patterns, built once from the lexicon. */
    record TenseCues(Pattern future, Pattern past) {
        static TenseCues of(TimeLexicon lexicon) {
            return new TenseCues(cues(lexicon, "FUTURE", ""), cues(lexicon, "PAST", "|[a-z]{2,}ed"));
        }

        private static Pattern cues(TimeLexicon lexicon, String tense, String more) {
            List<String> words = lexicon.tenseCues.entrySet().stream()
                    .filter(e -> e.getValue().equals(tense)).map(Map.Entry::getKey).toList();
            return Pattern.compile("(?<![\\w'])(?i:" + TimeLexicon.alternation(words) + more + ")(?!\\w)");
        }
    }

    /** The word just before {@code pos} (letters, digits, hyphen, apostrophe), lower-cased, or "". */
    String wordBefore(int pos) {
        int start = wordStartBefore(pos);
        int end = start;
        while (end < pos && isWordChar(text.charAt(end))) {
            end++;
        }
        return text.substring(start, end).toLowerCase(Locale.ROOT);
    }

    /** Where the word before {@code pos} (skipping whitespace) starts. */
    int wordStartBefore(int pos) {
        int start = pos;
        while (start > 0 && Character.isWhitespace(text.charAt(start - 1))) {
            start--;
        }
        while (start > 0 && isWordChar(text.charAt(start - 1))) {
            start--;
        }
        return start;
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

    /** Whether the sentence around {@code pos} speaks of the future (see {@link #tense}). */
    boolean future(int pos) {
        return tense(pos) == Tense.FUTURE;
    }

    /**
     * The tense of the sentence around {@code pos}, read from the tense cue nearest to it on
     * either side ("will", "is due", "plans to" against "said", "was", "-ed"); UNKNOWN when
     * the sentence has none. A tie goes to the future cue ("scheduled" is both).
     */
    Tense tense(int pos) {
        int from = sentenceEdge(pos, -1);
        int to = sentenceEdge(pos, 1);
        int future = distance(cues.future(), from, to, pos);
        int past = distance(cues.past(), from, to, pos);
        if (future == Integer.MAX_VALUE && past == Integer.MAX_VALUE) {
            return Tense.UNKNOWN;
        }
        return future <= past ? Tense.FUTURE : Tense.PAST;
    }

    enum Tense { PAST, FUTURE, UNKNOWN }

    private int sentenceEdge(int pos, int step) {
        int limit = step < 0 ? Math.max(0, pos - TENSE_WINDOW) : Math.min(text.length(), pos + TENSE_WINDOW);
        for (int i = pos; step < 0 ? i > limit : i < limit; i += step) {
            char c = text.charAt(step < 0 ? i - 1 : i);
            if (c == '!' || c == '?' || c == '\n' || c == '.' && isSentenceDot(step < 0 ? i - 1 : i)) {
                return i;
            }
        }
        return limit;
    }

    private boolean isSentenceDot(int i) {
        return i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1))
                && (i < 2 || Character.isLowerCase(text.charAt(i - 1)) && Character.isLowerCase(text.charAt(i - 2)));
    }

    private int distance(Pattern cue, int from, int to, int pos) {
        Matcher m = cue.matcher(text).region(from, to);
        int best = Integer.MAX_VALUE;
        while (m.find()) {
            best = Math.min(best, m.end() <= pos ? pos - m.end() : Math.max(0, m.start() - pos));
        }
        return best;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '-' || c == '\'' || c == '’';
    }
}
