package dev.dossier.assertion;

import dev.dossier.model.Attribution;
import dev.dossier.model.EventStatus;
import dev.dossier.model.PartialDate;
import dev.dossier.model.Span;
import dev.dossier.model.Stance;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Polarity and modality of one trigger in its clause: denied (a negator right before it, or a
 * denial verb earlier in the clause), else the first modality cue kind that occurs in the clause
 * (speculative, planned, reported), else asserted. A date after the publication date makes an
 * asserted statement a forecast: planned.
 */
final class ModalityReader {
    private static final int NEGATION_WORDS = 2;
    private static final Pattern NEW_PROPOSITION = Pattern.compile("\\b(?:that|which|who|whether|if)\\b");
    private final Cues cues;

    ModalityReader(Cues cues) {
        this.cues = cues;
    }

    EventStatus status(SentenceView v, Span clause, Trigger trigger, Optional<Attribution> attribution) {
        if (denied(v, clause, trigger) || attribution.map(a -> a.stance() == Stance.DENIES).orElse(false)) {
            return EventStatus.DENIED;
        }
        String text = v.text(clause);
        for (Cues.Modality m : cues.modality()) {
            if (m.pattern().matcher(text).find()) {
                return EventStatus.valueOf(m.kind());
            }
        }
        return EventStatus.ASSERTED;
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
        if (attribution.map(a -> a.stance() == Stance.HEDGES).orElse(false) || cues.any("HEDGE", v.text(clause))) {
            return Stance.HEDGES;
        }
        return Stance.ASSERTS;
    }

    private boolean denied(SentenceView v, Span clause, Trigger trigger) {
        String before = v.body().substring(clause.start(), Math.max(clause.start(), trigger.span().start()));
        String inside = v.text(trigger.span());
        if (cues.lastStart("DENIAL", before) >= 0 || cues.any("NEGATION", inside)) {
            return true;
        }
        for (Pattern p : cues.of("NEGATION")) {
            Matcher m = p.matcher(before);
            while (m.find()) {
                String gap = before.substring(m.end()).trim();
                boolean near = gap.isEmpty() || gap.split("\\s+").length <= NEGATION_WORDS;
                if (near && !NEW_PROPOSITION.matcher(gap).find()) {
                    return true;
                }
            }
        }
        return false;
    }
}
