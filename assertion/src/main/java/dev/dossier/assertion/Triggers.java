package dev.dossier.assertion;

import dev.dossier.model.EventType;
import dev.dossier.model.Span;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;

/**
 * The trigger lexicon ({@code triggers.tsv}): finds event triggers in a stretch of text. One pass of
 * a {@link KeywordAutomaton} over the text finds the rules one of whose literal anchors
 * ({@link RegexAnchors}, derived from the patterns themselves) occurs in it; only those rules' patterns
 * run, so the matches are exactly those of running every pattern. The same pass finds where each
 * rule's {@link RegexAnchors#starts starts} occur: a rule that has them is tried only there, not at
 * every position of the text, and finds what a search over the whole text finds.
 */
final class Triggers {
    private final List<TriggerRule> rules;
    /** Pattern {@code i}: rule {@code i}'s anchors; pattern {@code rules.size() + i}: its starts (none when it has none). */
    private final KeywordAutomaton anchors;
    /** The rules that have starts: they are tried where those occur. */
    private final BitSet leading = new BitSet();

    Triggers(List<TriggerRule> rules) {
        this.rules = List.copyOf(rules);
        this.anchors = KeywordAutomaton.withStarts(this.rules.stream().map(r -> r.pattern().pattern()).toList(), leading);
    }

    static Triggers load() {
        List<TriggerRule> rules = new ArrayList<>();
        for (String[] row : Lexicon.rows("triggers.tsv", 4)) {
            EventType type = EventType.valueOf(row[0].trim().toUpperCase(Locale.ROOT));
            rules.add(new TriggerRule(type, row[1].trim().equals("noun"), row[2].trim(), row[3]));
        }
        return new Triggers(rules);
    }

    /** Non-overlapping triggers in {@code text} (which starts at {@code offset} in the body), in reading order. */
    List<Trigger> find(String text, int offset) {
        return find(text, offset, () -> CaseFold.fold(text));
    }

    /** The triggers in {@code view}'s sentence, read with the fold its scan made (or makes) for the cues as well. */
    List<Trigger> find(SentenceView view) {
        return find(view.text(), view.span().start(), view.scan()::folded);
    }

    /** As {@link #find(String, int)}, {@code fold} giving the text's {@link CaseFold#fold fold}. */
    private List<Trigger> find(String text, int offset, Supplier<Optional<String>> fold) {
        KeywordAutomaton.Hits hits = anchors.hits(text, 0, text.length());
        BitSet candidates = anchors.candidates(hits, 0, text.length());
        candidates.clear(rules.size(), 2 * rules.size());
        List<Trigger> all = new ArrayList<>();
        Optional<String> folded = candidates.isEmpty() ? Optional.empty() : fold.get();
        for (int i = candidates.nextSetBit(0); i >= 0; i = candidates.nextSetBit(i + 1)) {
            Matcher m = matcher(rules.get(i), text, folded);
            if (leading.get(i)) {
                matchesAt(anchors.starts(hits, rules.size() + i, 0, text.length()), rules.get(i), m, offset, all);
            } else {
                matches(rules.get(i), m, offset, all);
            }
        }
        return withoutOverlaps(all);
    }

    /** Every pattern searched for over the whole text, anchors or not: what {@link #find} must equal (tests compare both). */
    List<Trigger> findWithoutAnchors(String text, int offset) {
        List<Trigger> all = new ArrayList<>();
        Optional<String> folded = CaseFold.fold(text);
        for (TriggerRule rule : rules) {
            matches(rule, matcher(rule, text, folded), offset, all);
        }
        return withoutOverlaps(all);
    }

    /** The rule's pattern for folded text on the folded text where both exist, else its own pattern on the text. */
    private static Matcher matcher(TriggerRule rule, String text, Optional<String> folded) {
        return rule.folded().isPresent() && folded.isPresent() ? rule.folded().get().matcher(folded.get())
                : rule.pattern().matcher(text);
    }

    /** The matches a search over the whole text finds. */
    private static void matches(TriggerRule rule, Matcher m, int offset, List<Trigger> out) {
        while (m.find()) {
            if (m.end() > m.start()) {
                out.add(new Trigger(rule, new Span(offset + m.start(), offset + m.end())));
            }
        }
    }

    /**
     * The same matches, the pattern tried only at {@code starts}, the only offsets where one of its
     * matches can begin (none is empty). A search tries every offset in turn and goes on from the end
     * of each match; trying the pattern at one offset, with the text on either side visible to its
     * lookarounds and word boundaries, is what the search does there.
     */
    private static void matchesAt(int[] starts, TriggerRule rule, Matcher m, int offset, List<Trigger> out) {
        m.useTransparentBounds(true).useAnchoringBounds(false);
        int end = m.regionEnd();
        int next = 0;
        for (int start : starts) {
            if (start >= next) {
                m.region(start, end);
                if (m.lookingAt()) {
                    out.add(new Trigger(rule, new Span(offset + m.start(), offset + m.end())));
                    next = m.end();
                }
            }
        }
    }

    /** Longer matches win; among equals the earlier lexicon line wins (stable sort keeps file order). */
    private List<Trigger> withoutOverlaps(List<Trigger> all) {
        List<Trigger> byLength = new ArrayList<>(all);
        byLength.sort(Comparator.comparingInt((Trigger t) -> -t.span().length()));
        List<Trigger> kept = new ArrayList<>();
        for (Trigger candidate : byLength) {
            if (kept.stream().noneMatch(k -> k.span().overlaps(candidate.span()))) {
                kept.add(candidate);
            }
        }
        kept.sort(Comparator.comparing(Trigger::span));
        return kept;
    }
}
