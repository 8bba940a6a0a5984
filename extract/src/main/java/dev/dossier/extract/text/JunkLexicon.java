package dev.dossier.extract.text;

import dev.dossier.extract.Resources;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The junk-line patterns of {@code junk-lines.tsv}: a line matching one is page furniture. Thread-safe. */
public final class JunkLexicon {
    /**
     * A rule whose pattern asks about letter case ({@code \p{Lu}}) is matched on the line as is; the
     * others are written in lower case and matched on the line's lower case (much faster than
     * case-insensitive matching).
     */
    private record Rule(JunkKind kind, int maxWords, Pattern pattern, boolean caseSensitive, boolean anchored,
                        String[] hints) {
        /** Whether {@code text} matches, with {@code matcher} (of this rule's pattern) reset to it when it must run. */
        boolean matches(String text, Matcher matcher) {
            if (hints.length > 0 && !anyOccurs(hints, text)) {
                return false;
            }
            matcher.reset(text);
            return anchored ? matcher.lookingAt() : matcher.find();
        }

        private static boolean anyOccurs(String[] hints, String text) {
            for (String hint : hints) {
                if (text.contains(hint)) {
                    return true;
                }
            }
            return false;
        }
    }

    private final List<Rule> rules;
    /** Each thread's matchers, one per rule, reset to each line: a new matcher per rule and line cost as much as the match. */
    private final ThreadLocal<Matcher[]> matchers;

    private JunkLexicon(List<Rule> rules) {
        this.rules = List.copyOf(rules);
        this.matchers = ThreadLocal.withInitial(() -> this.rules.stream().map(r -> r.pattern().matcher(""))
                .toArray(Matcher[]::new));
    }

    public static JunkLexicon standard() {
        List<Rule> rules = new ArrayList<>();
        for (String[] row : Resources.tsv("junk-lines.tsv")) {
            boolean cased = row[2].contains("\\p{Lu}");
            String regex = withoutCaptures(row[2]);
            Pattern pattern = cased ? Pattern.compile(regex, Pattern.UNICODE_CASE) : Pattern.compile(regex);
            rules.add(new Rule(JunkKind.parse(row[0]), Integer.parseInt(row[1].trim()), pattern, cased, row[2].startsWith("^"),
                    row.length > 3 ? row[3].strip().split("\\|") : new String[0]));
        }
        return new JunkLexicon(rules);
    }

    /**
     * {@code regex} with its capturing groups made non-capturing: a rule only asks whether a line
     * matches, and a matcher with no groups to save and reset is much cheaper on every line. The
     * patterns hold no backreference (which would need the groups); one that does fails here.
     */
    static String withoutCaptures(String regex) {
        StringBuilder out = new StringBuilder(regex.length() + 16);
        int classDepth = 0;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            out.append(c);
            if (c == '\\') {
                if (i + 1 < regex.length() && (Character.isDigit(regex.charAt(i + 1)) || regex.charAt(i + 1) == 'k'
                        || regex.charAt(i + 1) == 'Q')) {
                    throw new IllegalArgumentException("junk-lines.tsv: backreference or quote in " + regex);
                }
                if (i + 1 < regex.length()) {
                    out.append(regex.charAt(++i));
                }
            } else if (c == '[') {
                classDepth++;
            } else if (c == ']' && classDepth > 0) {
                classDepth--;
            } else if (c == '(' && classDepth == 0 && (i + 1 == regex.length() || regex.charAt(i + 1) != '?')) {
                out.append("?:");
            }
        }
        return out.toString();
    }

    /** The kind of junk {@code line} is, or empty for a line that may be article text. */
    public Optional<JunkKind> classify(String line) {
        String text = line.strip();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        int words = Texts.wordCount(text);
        String lower = text.toLowerCase(Locale.ROOT);
        Matcher[] matcher = matchers.get();
        for (int r = 0; r < rules.size(); r++) {
            Rule rule = rules.get(r);
            if ((rule.maxWords == 0 || words <= rule.maxWords)
                    && rule.matches(rule.caseSensitive ? text : lower, matcher[r])) {
                return Optional.of(rule.kind);
            }
        }
        return Optional.empty();
    }
}
