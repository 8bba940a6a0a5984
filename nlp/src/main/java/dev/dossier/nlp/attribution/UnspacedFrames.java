package dev.dossier.nlp.attribution;

import dev.dossier.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Speech frames of languages written without spaces (Chinese): a speech verb glued to its
 * speaker ("国防部长表示，…", "该公司指出…", "发言人称…"), or a source framed by an opening and
 * a closing word ("据新华社报道，…"). The speaker is the text from the last punctuation mark
 * before the verb; the content is the rest of the sentence. The words are data
 * ({@code reporting-words.tsv}: roles {@code glued-verb} and {@code glued-according}).
 */
final class UnspacedFrames {
    private static final String PUNCTUATION = "，,。；;：:、！？!?「」『』“”\"（）()\n";
    private static final int MAX_SPEAKER_CHARS = 30;

    /** The content, the cue and the speaker phrase of one frame. */
    record Parts(Span content, Span cue, Span speaker) {
    }

    private final List<String> verbs;
    private final List<String[]> frames;

    /** {@code verbs}: glued speech verbs; {@code frames}: pairs of opening and closing words. */
    UnspacedFrames(List<String> verbs, List<String[]> frames) {
        this.verbs = List.copyOf(verbs);
        this.frames = List.copyOf(frames);
    }

    /** The frame in {@code sentence} of {@code body}, if any: the framed source first, then the first glued verb. */
    Optional<Parts> read(String body, Span sentence) {
        String text = sentence.of(body);
        if (!hasHan(text)) {
            return Optional.empty();
        }
        return framed(text, sentence.start()).or(() -> glued(text, sentence.start()));
    }

    private Optional<Parts> framed(String text, int offset) {
        for (String[] frame : frames) {
            int open = text.indexOf(frame[0]);
            if (open < 0 || open > 0 && PUNCTUATION.indexOf(text.charAt(open - 1)) < 0) {
                continue;
            }
            int close = text.indexOf(frame[1], open + frame[0].length() + 1);
            if (close < 0 || close - open > MAX_SPEAKER_CHARS || hasPunctuation(text, open, close)) {
                continue;
            }
            int from = skipPunctuation(text, close + frame[1].length());
            int to = contentEnd(text);
            if (from < to) {
                return Optional.of(new Parts(new Span(offset + from, offset + to),
                        new Span(offset + open, offset + close + frame[1].length()),
                        new Span(offset + open + frame[0].length(), offset + close)));
            }
        }
        return Optional.empty();
    }

    private Optional<Parts> glued(String text, int offset) {
        List<int[]> hits = new ArrayList<>();
        for (String verb : verbs) {
            int at = text.indexOf(verb);
            while (at > 0) {
                hits.add(new int[] {at, at + verb.length()});
                at = text.indexOf(verb, at + 1);
            }
        }
        hits.sort((a, b) -> Integer.compare(a[0], b[0]));
        for (int[] hit : hits) {
            int start = hit[0];
            while (start > 0 && PUNCTUATION.indexOf(text.charAt(start - 1)) < 0 && hit[0] - start < MAX_SPEAKER_CHARS) {
                start--;
            }
            while (start < hit[0] && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
            int from = skipPunctuation(text, hit[1]);
            int to = contentEnd(text);
            boolean closed = hit[1] - hit[0] > 1 || from > hit[1]; // "称" alone only before a comma or colon
            if (start < hit[0] && from < to && closed) {
                return Optional.of(new Parts(new Span(offset + from, offset + to), new Span(offset + hit[0],
                        offset + hit[1]), new Span(offset + start, offset + hit[0])));
            }
        }
        return Optional.empty();
    }

    private static boolean hasHan(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    private static boolean hasPunctuation(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (PUNCTUATION.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static int skipPunctuation(String text, int from) {
        int i = from;
        while (i < text.length() && (PUNCTUATION.indexOf(text.charAt(i)) >= 0 || Character.isWhitespace(text.charAt(i)))) {
            i++;
        }
        return i;
    }

    /** The end of the content: before the closing full stop and spaces. */
    private static int contentEnd(String text) {
        int end = text.length();
        while (end > 0 && ("。.！!？?」”\" \n".indexOf(text.charAt(end - 1)) >= 0)) {
            end--;
        }
        return end;
    }
}
