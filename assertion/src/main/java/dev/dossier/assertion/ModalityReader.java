package dev.dossier.assertion;

import dev.dossier.model.Attribution;
import dev.dossier.model.EventStatus;
import dev.dossier.model.EventType;
import dev.dossier.model.PartialDate;
import dev.dossier.model.Span;
import dev.dossier.model.Stance;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * Polarity and modality of one trigger. Denied: a negator right before it ("no new agreements"),
 * a denial earlier in its clause ("denied that …"), or a negated verb right before it in its own
 * proposition ("has not received") unless a cause ("over", "because of") stands between. Otherwise the first modality kind of {@code cues.tsv} whose
 * cue occurs in the trigger's proposition (speculative, planned, reported), else asserted. A
 * date after the publication date makes an asserted statement a forecast: planned.
 */
final class ModalityReader {
    private static final int NEGATION_WORDS = 2;
    private static final int NEGATED_VERB_WORDS = 6;
    private static final int NEAR_WORDS = 3;
    private final Cues cues;

    ModalityReader(Cues cues) {
        this.cues = cues;
    }

    EventStatus status(SentenceView v, Span clause, Trigger trigger, List<Span> others) {
        Span proposition = proposition(v, clause, trigger);
        if (denied(v, clause, trigger, others, proposition)) {
            return cues.any("DEFERRED", v, trigger.span().end(), Math.max(trigger.span().end(), v.span().end()))
                    ? EventStatus.PLANNED : EventStatus.DENIED;
        }
        Span own = inherited(v, clause, proposition);
        Span object = trigger.type() == EventType.CANCELLATION ? trigger.span() : new Span(own.start(), own.start());
        Span nearby = near(v, own, trigger);
        Cues.Stretch ownText = cues.in(v, own);
        Cues.Stretch nearText = cues.in(v, nearby);
        for (Cues.Modality m : cues.modality()) {
            boolean near = m.kind().endsWith("_NEAR");
            Span range = near ? nearby : own;
            Optional<Matcher> found = (near ? nearText : ownText).matcher(m.pattern());
            if (found.isPresent() && occurs(v, found.get(), range, object)) {
                return near ? EventStatus.SPECULATIVE : EventStatus.valueOf(m.kind());
            }
        }
        return EventStatus.ASSERTED;
    }

    /** "…will take measures, including imposing sanctions": a linked clause reads its modality from the clause before too. */
    private Span inherited(SentenceView v, Span clause, Span own) {
        return own.start() == clause.start() && cues.in(v, clause).any("INHERITS_MODALITY")
                ? new Span(v.span().start(), own.end()) : own;
    }

    /**
     * A cue match that is not part of a date expression ("May 2023" is no "may") nor of {@code object},
     * the plan a cancellation cancels ("abandoned plans to buy" is no plan).
     */
    private static boolean occurs(SentenceView v, Matcher m, Span range, Span object) {
        while (m.find()) {
            Span at = new Span(range.start() + m.start(), range.start() + m.end());
            if (v.times().stream().noneMatch(t -> t.span().overlaps(at)) && !object.contains(at)) {
                return true;
            }
        }
        return false;
    }

    /** The trigger and at most three words on either side of it, within its proposition. */
    private static Span near(SentenceView v, Span own, Trigger trigger) {
        return new Span(wordsBefore(v.body(), own.start(), trigger.span().start()),
                wordsAfter(v.body(), trigger.span().end(), own.end()));
    }

    private static int wordsBefore(String body, int floor, int from) {
        int start = from;
        for (int words = 0; words < NEAR_WORDS && start > floor; words++) {
            int i = start - 1;
            while (i > floor && Character.isWhitespace(body.charAt(i))) {
                i--;
            }
            while (i > floor && !Character.isWhitespace(body.charAt(i - 1))) {
                i--;
            }
            start = Math.max(floor, i);
        }
        return start;
    }

    private static int wordsAfter(String body, int from, int ceiling) {
        int end = from;
        for (int words = 0; words < NEAR_WORDS && end < ceiling; words++) {
            while (end < ceiling && Character.isWhitespace(body.charAt(end))) {
                end++;
            }
            while (end < ceiling && !Character.isWhitespace(body.charAt(end))) {
                end++;
            }
        }
        return end;
    }

    /** A statement about a time after the document's publication is a forecast. */
    static EventStatus forecast(EventStatus status, Optional<PartialDate> date, Optional<PartialDate> published) {
        if ((status == EventStatus.ASSERTED || status == EventStatus.REPORTED) && date.isPresent()
                && published.isPresent() && after(date.get(), published.get())) {
            return EventStatus.PLANNED;
        }
        return status;
    }

    private static boolean after(PartialDate date, PartialDate published) {
        return !date.agreesWith(published) && date.compareTo(published) > 0;
    }

    Stance stance(SentenceView v, Span clause, EventStatus status, Optional<Attribution> attribution) {
        if (status == EventStatus.DENIED) {
            return Stance.DENIES;
        }
        boolean hedged = attribution.map(a -> a.stance() == Stance.HEDGES).orElse(false);
        if (hedged || cues.in(v, clause).any("HEDGE")) {
            return Stance.HEDGES;
        }
        return Stance.ASSERTS;
    }

    /**
     * The part of the clause that belongs to the trigger's own proposition: from the last
     * PROPOSITION word before it ("…said that | it will be delivered") to the first one after it.
     */
    Span proposition(SentenceView v, Span clause, Trigger trigger) {
        int from = clause.start();
        for (Matcher m : cues.in(v, clause.start(), Math.max(clause.start(), trigger.span().start()))
                .matchers("PROPOSITION")) {
            while (m.find()) {
                from = Math.max(from, clause.start() + m.start());
            }
        }
        int to = clause.end();
        for (Matcher m : cues.in(v, Math.min(trigger.span().end(), clause.end()), clause.end()).matchers("PROPOSITION")) {
            if (m.find()) {
                to = Math.min(to, trigger.span().end() + m.start());
            }
        }
        return new Span(Math.min(from, trigger.span().start()), Math.max(to, trigger.span().end()));
    }

    /** Whether the trigger is denied; {@code own} is its {@link #proposition}. */
    private boolean denied(SentenceView v, Span clause, Trigger trigger, List<Span> others, Span own) {
        int beforeEnd = Math.max(clause.start(), trigger.span().start());
        Cues.Stretch before = cues.in(v, clause.start(), beforeEnd);
        if (cues.any("DENIAL", before.text() + " " + v.text(trigger.span()))
                || cues.in(v, trigger.span()).any("NEGATION")) {
            return true;
        }
        if (cues.any("TRAILING_DENIAL", v, trigger.span().end(), v.span().end())) {
            return true;
        }
        if (before.any("DISMISSED_CLAIM")
                && cues.any("DISMISSED_PREDICATE", v, trigger.span().end(), Math.max(trigger.span().end(), clause.end()))) {
            return true; // "the allegation of sending missiles to X is without foundation"
        }
        for (Matcher m : cues.in(v, own.start(), Math.max(own.start(), trigger.span().start())).matchers("NEGATED_VERB")) {
            while (m.find()) {
                int at = own.start() + m.end();
                Cues.Stretch gap = cues.in(v, at, trigger.span().start()).trimmed();
                boolean near = gap.text().isEmpty()
                        || gap.text().split("\\s+").length <= NEGATED_VERB_WORDS && !gap.any("CAUSE");
                if (near && others.stream().noneMatch(o -> o.start() >= at && o.end() <= trigger.span().start())) {
                    return true;
                }
            }
        }
        for (Matcher m : before.matchers("NEGATION")) {
            while (m.find()) {
                Cues.Stretch gap = cues.in(v, clause.start() + m.end(), beforeEnd).trimmed();
                boolean near = gap.text().isEmpty() || gap.text().split("\\s+").length <= NEGATION_WORDS;
                if (near && !gap.any("PROPOSITION") && !gap.any("CAUSE")) {
                    return true;
                }
            }
        }
        return false;
    }
}
