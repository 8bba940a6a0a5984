package dev.dossier.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Furniture glued to the end of a paragraph by the scrape ("… on Thursday. Advertisement",
 * "… in 2030. USAF/Staff Sgt Jane Roe", "… Simulatoren./abc/DP/xyz"): the words after the
 * paragraph's last sentence become a line of their own when the junk lexicon calls them
 * furniture, so that the line rules treat them as they would on a line by themselves. A line
 * that is furniture as a whole (a caption with its credit) stays whole.
 */
final class JunkTails {
    private static final int MAX_TAIL_WORDS = 8;
    /** The chars that end a sentence, and the closing quotes or brackets that may follow one. */
    private static final String ENDS = ".!?…";
    private static final String CLOSERS = "\"'”’»)]";

    private JunkTails() {}

    /** {@code lines} with each junk tail split off into its own line of the same block. */
    static List<Line> split(List<Line> lines, Function<String, Optional<JunkKind>> kindOf) {
        List<Line> out = new ArrayList<>(lines.size());
        for (Line line : lines) {
            int cut = tailStart(line.text(), kindOf);
            if (cut < 0) {
                out.add(line);
            } else {
                out.add(new Line(line.text().substring(0, cut).strip(), line.block()));
                out.add(new Line(line.text().substring(cut).strip(), line.block()));
            }
        }
        return List.copyOf(out);
    }

    /**
     * Where the text after the last sentence end starts (the end, its closers and the spaces after them),
     * or -1 when no sentence end has text after it: where the last match of
     * {@code [.!?…]["'”’»)\\]]*\\s*} that does not reach the end of {@code text} ends. Each end char starts
     * one such match, ending before the next end char, so the matches' ends rise with their starts.
     */
    static int lastSentenceEnd(String text) {
        for (int i = text.length() - 1; i >= 0; i--) {
            if (ENDS.indexOf(text.charAt(i)) >= 0) {
                int end = i + 1;
                while (end < text.length() && CLOSERS.indexOf(text.charAt(end)) >= 0) {
                    end++;
                }
                while (end < text.length() && " \t\n\u000B\f\r".indexOf(text.charAt(end)) >= 0) {
                    end++;
                }
                if (end < text.length()) {
                    return end;
                }
            }
        }
        return -1;
    }

    /** Where the junk tail of {@code text} starts, or -1 when it has none. */
    private static int tailStart(String text, Function<String, Optional<JunkKind>> kindOf) {
        if (kindOf.apply(text).isPresent()) {
            return -1;
        }
        int last = lastSentenceEnd(text);
        if (last <= 0 || Texts.wordCount(text, 0, last) < 4) {
            return -1;
        }
        String tail = text.substring(last).strip();
        boolean shortTail = !tail.isEmpty() && Texts.wordCount(tail) <= MAX_TAIL_WORDS && !Texts.endsSentence(tail);
        return shortTail && kindOf.apply(tail).isPresent() ? last : -1;
    }
}
