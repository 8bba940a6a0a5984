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
 * deal today, we would receive …"), a contract noun that a statement of intent is about, triggers
 * in a question, and joins triggers of one type in one clause.
 */
final class TriggerFilter {
    private static final Set<EventType> COMPLEMENTABLE = EnumSet.of(EventType.DELIVERY, EventType.CONTRACT_SIGNED,
            EventType.PAYMENT, EventType.APPROVAL);
    private static final Set<EventType> ABSORBED_BY_DELAY = EnumSet.of(EventType.DELIVERY, EventType.CONTRACT_SIGNED);
    /** The first end of a sentence part after a trigger: a full stop, an exclamation or a question mark. */
    private static final java.util.regex.Pattern TERMINATOR = java.util.regex.Pattern.compile("[.!?？](?!\\d)");
    private final Cues cues;

    TriggerFilter(Cues cues) {
        this.cues = cues;
    }

    List<Trigger> keep(SentenceView v, List<Span> clauses, List<Trigger> found) {
        List<Trigger> kept = new ArrayList<>();
        for (Trigger t : found) {
            Span clause = Clauses.containing(clauses, t.span().start());
            if (isComplement(v, clause, t) || absorbed(clause, t, found) || conditional(v, t) || ofIntent(clause, t, found)
                    || asked(v, t)) {
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
        return cues.any("COMPLEMENT", v, clause.start(), Math.max(clause.start(), t.span().start()));
    }

    /** "if we signed an agreement today, we will receive …": a trigger after a condition is a hypothesis. */
    private boolean conditional(SentenceView v, Trigger t) {
        return cues.any("CONDITIONAL", v, v.span().start(), Math.max(v.span().start(), t.span().start()));
    }

    private static boolean absorbed(Span clause, Trigger t, List<Trigger> all) {
        return t.rule().noun() && ABSORBED_BY_DELAY.contains(t.type())
                && all.stream().anyMatch(o -> clause.contains(o.span())
                        && (o.type() == EventType.DELAY || o.type() == EventType.CANCELLATION));
    }

    /**
     * "signed a letter of intent on the planned purchase of 36 jets": a contract noun after a
     * statement of intent (a letter of intent, a memorandum, a framework agreement) in its clause is
     * what the intent is about, not a contract of its own.
     */
    private static boolean ofIntent(Span clause, Trigger t, List<Trigger> all) {
        return t.rule().noun() && t.type() == EventType.CONTRACT_SIGNED
                && all.stream().anyMatch(o -> o.type() == EventType.TALKS && o.rule().noun() && clause.contains(o.span())
                        && o.span().end() <= t.span().start());
    }

    /** "Can the country now be sure to buy the jets? …": a trigger whose sentence part ends in a question mark asks. */
    private static boolean asked(SentenceView v, Trigger t) {
        String after = v.body().substring(t.span().end(), v.span().end());
        java.util.regex.Matcher end = TERMINATOR.matcher(after);
        return end.find() && end.group().startsWith("?");
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
