package dev.dossier.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Furniture glued to the end of a paragraph by the scrape ("… on Thursday. Advertisement",
 * "… in 2030. USAF/Staff Sgt Jane Roe", "… Simulatoren./abc/DP/xyz"): the words after the
 * paragraph's last sentence become a line of their own when the junk lexicon calls them
 * furniture, so that the line rules treat them as they would on a line by themselves. A line
 * that is furniture as a whole (a caption with its credit) stays whole.
 */
final class JunkTails {
    private static final int MAX_TAIL_WORDS = 8;
    /** The end of a sentence, with its closing quotes or brackets, before a tail. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…][\"'”’»)\\]]*\\s*");

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

    /** Where the junk tail of {@code text} starts, or -1 when it has none. */
    private static int tailStart(String text, Function<String, Optional<JunkKind>> kindOf) {
        if (kindOf.apply(text).isPresent()) {
            return -1;
        }
        Matcher m = SENTENCE_END.matcher(text);
        int last = -1;
        while (m.find()) {
            if (m.end() < text.length()) {
                last = m.end();
            }
        }
        if (last <= 0 || Texts.wordCount(text.substring(0, last)) < 4) {
            return -1;
        }
        String tail = text.substring(last).strip();
        boolean shortTail = !tail.isEmpty() && Texts.wordCount(tail) <= MAX_TAIL_WORDS && !Texts.endsSentence(tail);
        return shortTail && kindOf.apply(tail).isPresent() ? last : -1;
    }
}
