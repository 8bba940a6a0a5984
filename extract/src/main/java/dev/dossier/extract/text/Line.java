package dev.dossier.extract.text;

import dev.dossier.model.Checks;

/**
 * One line of text to classify, and the block it belongs to: lines of a block stand together
 * (no blank line between them in a text file; one element in a page).
 */
public record Line(String text, int block) {
    public Line {
        Checks.present(text, "text");
        Checks.nonNegative(block, "block");
    }

    /**
     * A menu set out with runs of two or more spaces ("Home  World  Defence  About"): three or more
     * items of one to three capitalised words. Its gaps become " | " so that it reads as the menu it is.
     */
    private static final java.util.regex.Pattern MENU_GAPS = java.util.regex.Pattern.compile(
            "^\\p{Lu}[\\p{L}&'’-]*( [\\p{Lu}&][\\p{L}&'’-]*){0,2}((?: {2,}|\\t+)\\p{Lu}[\\p{L}&'’-]*( [\\p{Lu}&][\\p{L}&'’-]*){0,2}){2,}$");

    /** Whether {@code raw} is a menu: its gaps, two spaces or a tab, are checked for before the pattern runs. */
    private static boolean menu(String raw) {
        return (raw.contains("  ") || raw.indexOf('\t') >= 0) && MENU_GAPS.matcher(raw.strip()).matches();
    }

    /** The non-blank lines of {@code text}, numbered by the blank-line-separated block they sit in. */
    public static java.util.List<Line> split(String text) {
        java.util.List<Line> lines = new java.util.ArrayList<>();
        int block = 0;
        boolean blank = false;
        for (String raw : text.split("\n", -1)) {
            String squashed = Texts.squash(menu(raw) ? raw.strip().replaceAll("\\s{2,}", " | ") : raw);
            if (squashed.isEmpty()) {
                blank = true;
                continue;
            }
            if (blank && !lines.isEmpty()) {
                block++;
            }
            blank = false;
            lines.add(new Line(squashed, block));
        }
        return java.util.List.copyOf(lines);
    }
}
