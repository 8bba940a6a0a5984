package dev.dossier.assertion;

import dev.dossier.model.EventType;
import dev.dossier.model.Span;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Keeps the triggers that name events of their own: drops a transfer trigger that is only the
 * object of a contract or of talks ("a contract to ship …", "talks about the delivery of …"),
 * drops delivery and contract nouns in a clause about a delay or a cancellation ("the second
 * shipment could face a delay"), drops triggers after a condition in their sentence ("if we signed a
 * deal today, we would receive …"), and joins triggers of one type in one clause.
 */
final class TriggerFilter {
    private static final Set<EventType> COMPLEMENTABLE = EnumSet.of(EventType.DELIVERY, EventType.CONTRACT_SIGNED,
            EventType.PAYMENT, EventType.APPROVAL);
    private static final Set<EventType> ABSORBED_BY_DELAY = EnumSet.of(EventType.DELIVERY, EventType.CONTRACT_SIGNED);
    private final Cues cues;

    TriggerFilter(Cues cues) {
        this.cues = cues;
    }

    List<Trigger> keep(SentenceView v, List<Span> clauses, List<Trigger> found) {
        List<Trigger> kept = new ArrayList<>();
        for (Trigger t : found) {
            Span clause = Clauses.containing(clauses, t.span().start());
            if (isComplement(v, clause, t) || absorbed(clause, t, found) || conditional(v, t)) {
                continue;
            }
            int same = indexOfSameType(kept, clause, t);
            if (same >= 0) {
                kept.set(same, kept.get(same).widenedTo(t.span()));
            } else {
                kept.add(t);
            }
        }
        return kept;
    }

    private boolean isComplement(SentenceView v, Span clause, Trigger t) {
        if (!COMPLEMENTABLE.contains(t.type())) {
            return false;
        }
        String before = v.body().substring(clause.start(), Math.max(clause.start(), t.span().start()));
        return cues.any("COMPLEMENT", before);
    }

    /** "if we signed an agreement today, we will receive …": a trigger after a condition is a hypothesis. */
    private boolean conditional(SentenceView v, Trigger t) {
        return cues.any("CONDITIONAL", v.body().substring(v.span().start(), Math.max(v.span().start(), t.span().start())));
    }

    private static boolean absorbed(Span clause, Trigger t, List<Trigger> all) {
        return t.rule().noun() && ABSORBED_BY_DELAY.contains(t.type())
                && all.stream().anyMatch(o -> clause.contains(o.span())
                        && (o.type() == EventType.DELAY || o.type() == EventType.CANCELLATION));
    }

    private static int indexOfSameType(List<Trigger> kept, Span clause, Trigger t) {
        for (int i = 0; i < kept.size(); i++) {
            Trigger k = kept.get(i);
            if (k.type() == t.type() && clause.contains(k.span())) {
                return i;
            }
        }
        return -1;
    }
}
