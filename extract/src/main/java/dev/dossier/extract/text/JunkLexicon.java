package dev.dossier.extract.text;

import dev.dossier.extract.Resources;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** The junk-line patterns of {@code junk-lines.tsv}: a line matching one is page furniture. Thread-safe. */
public final class JunkLexicon {
    private record Rule(JunkKind kind, int maxWords, Pattern pattern) {}

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private final List<Rule> rules;

    private JunkLexicon(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    public static JunkLexicon standard() {
        List<Rule> rules = new ArrayList<>();
        for (String[] row : Resources.tsv("junk-lines.tsv")) {
            rules.add(new Rule(JunkKind.parse(row[0]), Integer.parseInt(row[1].trim()), Pattern.compile(row[2], FLAGS)));
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
        for (Rule rule : rules) {
            if ((rule.maxWords == 0 || words <= rule.maxWords) && rule.pattern.matcher(text).find()) {
                return Optional.of(rule.kind);
            }
        }
        return Optional.empty();
    }
}
