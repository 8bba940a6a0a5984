package dev.dossier.assertion;

import dev.dossier.model.EventType;
import dev.dossier.model.Span;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * The trigger lexicon ({@code triggers.tsv}): finds event triggers in a stretch of text. One pass of
 * a {@link KeywordAutomaton} over the text finds the rules one of whose literal anchors
 * ({@link RegexAnchors}, derived from the patterns themselves) occurs in it; only those rules' patterns
 * run, so the matches are exactly those of running every pattern.
 */
final class Triggers {
    private final List<TriggerRule> rules;
    private final KeywordAutomaton anchors;

    Triggers(List<TriggerRule> rules) {
        this.rules = List.copyOf(rules);
        this.anchors = new KeywordAutomaton(this.rules.stream().map(r -> RegexAnchors.of(r.pattern().pattern())).toList());
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
        return withoutOverlaps(matches(text, offset, anchors.candidates(text)));
    }

    /** Every pattern run on the text, anchors or not: what {@link #find} must equal (tests compare both). */
    List<Trigger> findWithoutAnchors(String text, int offset) {
        BitSet all = new BitSet();
        all.set(0, rules.size());
        return withoutOverlaps(matches(text, offset, all));
    }

    /** The matches of the {@code candidates} rules, in lexicon order. */
    private List<Trigger> matches(String text, int offset, BitSet candidates) {
        List<Trigger> all = new ArrayList<>();
        Optional<String> folded = candidates.isEmpty() ? Optional.empty() : CaseFold.fold(text);
        for (int i = candidates.nextSetBit(0); i >= 0; i = candidates.nextSetBit(i + 1)) {
            TriggerRule rule = rules.get(i);
            Matcher m = rule.folded().isPresent() && folded.isPresent() ? rule.folded().get().matcher(folded.get())
                    : rule.pattern().matcher(text);
            while (m.find()) {
                if (m.end() > m.start()) {
                    all.add(new Trigger(rule, new Span(offset + m.start(), offset + m.end())));
                }
            }
        }
        return all;
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
