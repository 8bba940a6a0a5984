package dev.dossier.assertion;

import dev.dossier.model.EventType;
import dev.dossier.model.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;

/** The trigger lexicon ({@code triggers.tsv}): finds event triggers in a stretch of text. */
final class Triggers {
    private final List<TriggerRule> rules;

    Triggers(List<TriggerRule> rules) {
        this.rules = List.copyOf(rules);
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
        List<Trigger> all = new ArrayList<>();
        Optional<String> folded = CaseFold.fold(text);
        for (TriggerRule rule : rules) {
            Matcher m = rule.folded().isPresent() && folded.isPresent() ? rule.folded().get().matcher(folded.get())
                    : rule.pattern().matcher(text);
            while (m.find()) {
                if (m.end() > m.start()) {
                    all.add(new Trigger(rule, new Span(offset + m.start(), offset + m.end())));
                }
            }
        }
        return withoutOverlaps(all);
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
