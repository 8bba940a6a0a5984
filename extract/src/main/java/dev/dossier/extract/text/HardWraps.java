package dev.dossier.extract.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Text hard-wrapped at a fixed width, as wire services and e-mail send it ("… The U.S. State
 * Department / has approved a potential sale …"): in a block of four or more lines no longer than
 * {@value #MAX_WIDTH} characters where at least {@value #MIN_BROKEN_PERCENT}% of the line breaks
 * fall inside a sentence (no sentence end before, a lower-case word after), a break is a wrap when
 * the next line's first word would not have fitted on the line, or when it falls inside a sentence;
 * wrapped lines are joined. Other blocks are left as they are.
 */
final class HardWraps {
    private static final int MIN_LINES = 4;
    private static final int MAX_WIDTH = 100;
    private static final int MIN_BROKEN_PERCENT = 40;

    private HardWraps() {}

    /** {@code lines} with the lines of each hard-wrapped block joined into its paragraphs. */
    static List<Line> unwrap(List<Line> lines) {
        List<Line> out = new ArrayList<>(lines.size());
        int start = 0;
        while (start < lines.size()) {
            int end = start;
            while (end < lines.size() && lines.get(end).block() == lines.get(start).block()) {
                end++;
            }
            List<Line> block = lines.subList(start, end);
            out.addAll(hardWrapped(block) ? joined(block) : block);
            start = end;
        }
        return List.copyOf(out);
    }

    private static boolean hardWrapped(List<Line> block) {
        if (block.size() < MIN_LINES || width(block) > MAX_WIDTH) {
            return false;
        }
        int broken = 0;
        for (int i = 0; i + 1 < block.size(); i++) {
            broken += insideSentence(block.get(i).text(), block.get(i + 1).text()) ? 1 : 0;
        }
        return broken * 100 >= MIN_BROKEN_PERCENT * (block.size() - 1);
    }

    private static List<Line> joined(List<Line> block) {
        int width = width(block);
        List<Line> out = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder(block.get(0).text());
        for (int i = 1; i < block.size(); i++) {
            String previous = block.get(i - 1).text();
            String next = block.get(i).text();
            boolean wrap = previous.length() + 1 + next.split(" ", 2)[0].length() > width || insideSentence(previous, next);
            if (wrap) {
                paragraph.append(' ').append(next);
            } else {
                out.add(new Line(paragraph.toString(), block.get(0).block()));
                paragraph = new StringBuilder(next);
            }
        }
        out.add(new Line(paragraph.toString(), block.get(0).block()));
        return out;
    }

    private static boolean insideSentence(String line, String next) {
        return !Texts.endsSentence(line) && Character.isLowerCase(next.charAt(0));
    }

    private static int width(List<Line> block) {
        return block.stream().mapToInt(l -> l.text().length()).max().orElse(0);
    }
}
