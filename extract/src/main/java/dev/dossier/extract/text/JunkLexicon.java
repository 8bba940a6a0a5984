package dev.dossier.extract.text;

import dev.dossier.extract.Resources;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** The junk-line patterns of {@code junk-lines.tsv}: a line matching one is page furniture. Thread-safe. */
public final class JunkLexicon {
    /**
     * A rule whose pattern asks about letter case ({@code \p{Lu}}) is matched on the line as is; the
     * others are written in lower case and matched on the line's lower case (much faster than
     * case-insensitive matching).
     */
    private record Rule(JunkKind kind, int maxWords, Pattern pattern, boolean caseSensitive, boolean anchored,
                        List<String> hints) {
        boolean matches(String text) {
            if (!hints.isEmpty() && hints.stream().noneMatch(text::contains)) {
                return false;
            }
            java.util.regex.Matcher m = pattern.matcher(text);
            return anchored ? m.lookingAt() : m.find();
        }
    }

    private final List<Rule> rules;

    private JunkLexicon(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    public static JunkLexicon standard() {
        List<Rule> rules = new ArrayList<>();
        for (String[] row : Resources.tsv("junk-lines.tsv")) {
            boolean cased = row[2].contains("\\p{Lu}");
            Pattern pattern = cased ? Pattern.compile(row[2], Pattern.UNICODE_CASE)
                    : Pattern.compile(row[2]);
            rules.add(new Rule(JunkKind.parse(row[0]), Integer.parseInt(row[1].trim()), pattern, cased, row[2].startsWith("^"),
                    row.length > 3 ? List.of(row[3].strip().split("\\|")) : List.of()));
        }
        return new JunkLexicon(rules);
    }

    /** The kind of junk {@code line} is, or empty for a line that may be article text. */
    public Optional<JunkKind> classify(String line) {
        String text = line.strip();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        int words = Texts.wordCount(text);
        String lower = text.toLowerCase(Locale.ROOT);
        for (Rule rule : rules) {
            if ((rule.maxWords == 0 || words <= rule.maxWords)
                    && rule.matches(rule.caseSensitive ? text : lower)) {
                return Optional.of(rule.kind);
            }
        }
        return Optional.empty();
    }
}
