package dev.dossier.assertion;

import dev.dossier.model.Attribution;
import dev.dossier.model.EventStatus;
import dev.dossier.model.EventType;
import dev.dossier.model.PartialDate;
import dev.dossier.model.Precision;
import dev.dossier.model.Span;
import dev.dossier.model.TimeMention;
import dev.dossier.model.TimexType;
import java.util.Optional;

/**
 * The date of an undated predicate that is current when it is stated: a present-perfect or
 * progressive verb ("has been delayed", "have decided against", "is levying sanctions") happens at
 * the time of its statement, and so does a stated intent ("will buy", "plans to purchase": the
 * talks are the statement), unless the sentence places it earlier ("Earlier, X announced plans …"). That time is the one written with the statement ("said on Thursday",
 * "Late last week, X reported that"), else — for the lead of an article, which reports the news of
 * the day, or a statement in the present tense ("the ministry says", "has announced") — the month
 * of publication. A reported or hedged claim, or a sentence that relays one ("…, according to
 * industry sources"), is not dated by its page. A past or future predicate keeps no date: "had signed" and
 * "will deliver" are not dated by their statement, nor is a denial ("has not signed"): what did not
 * happen has no date.
 */
final class StatementTime {
    /** Words between the statement's cue and its time ("said on Thursday", "Thursday, X said"). */
    private static final int CUE_REACH = 40;
    /** The lead: the first sentences of the body (a headline line and the opening sentence). */
    private static final int LEAD_SENTENCES = 3;
    /** Characters before a speech cue that may hold its auxiliary ("has announced"). */
    private static final int SPEECH_AUXILIARY = 12;
    private final Cues cues;

    StatementTime(Cues cues) {
        this.cues = cues;
    }

    /** The date of {@code trigger} from its statement, when its verb is present perfect or progressive. */
    Optional<PartialDate> of(SentenceView v, Span own, Trigger trigger, Optional<Attribution> covering,
            EventStatus stated, Optional<PartialDate> published) {
        Cues.Stretch sentence = cues.in(v, v.span());
        boolean intent = trigger.type() == EventType.TALKS && !sentence.any("EARLIER");
        if (trigger.rule().noun() || stated == EventStatus.DENIED || !(intent || current(v, own, trigger))) {
            return Optional.empty();
        }
        Optional<PartialDate> spoken = covering.flatMap(a -> near(v, a));
        if (spoken.isPresent()) {
            return spoken;
        }
        boolean presentSpeech = covering.map(a -> cues.any("PRESENT_SPEECH", speech(v, a.cue()))).orElse(false);
        boolean firm = (stated == EventStatus.ASSERTED || stated == EventStatus.PLANNED)
                && !sentence.any("REPORTED") && !sentence.any("MEDIA_RELAY");
        return firm && (v.index() < LEAD_SENTENCES || presentSpeech) ? published.map(StatementTime::monthOf)
                : Optional.empty();
    }

    /**
     * "on Tuesday", "yesterday", "last week" that the language layer could not resolve (the page gives
     * only its month): the news of that week, dated by the page's month.
     */
    Optional<PartialDate> ofUnresolvedDay(String expression, Optional<PartialDate> published) {
        return cues.any("RECENT_DAY", expression) ? published.map(StatementTime::monthOf) : Optional.empty();
    }

    /**
     * The speech cue with the words that may hold its auxiliary: within the sentence, or, for a
     * cue in an earlier sentence (the second sentence of a quote), before the cue itself.
     */
    private static String speech(SentenceView v, Span cue) {
        int floor = cue.end() < v.span().start() ? 0 : v.span().start();
        return v.body().substring(Math.max(floor, cue.start() - SPEECH_AUXILIARY), cue.end());
    }

    /** A publication date dates the news only to its month: the event may be a day or two older than the page. */
    private static PartialDate monthOf(PartialDate published) {
        return published.precision() == Precision.DAY ? published.truncate(Precision.MONTH)
                : published;
    }

    /** True when the words right before the trigger, in its own proposition, make it present perfect or progressive. */
    private boolean current(SentenceView v, Span own, Trigger trigger) {
        return cues.any("PRESENT_BEFORE", v, own.start(), Math.max(own.start(), trigger.span().start()));
    }

    /** The dated time written with the statement's cue, outside what was said. */
    private static Optional<PartialDate> near(SentenceView v, Attribution a) {
        Span cue = a.cue();
        return v.document().times().stream()
                .filter(t -> t.type() == TimexType.DATE && t.date().isPresent())
                .filter(t -> !a.content().overlaps(t.span()))
                .filter(t -> gap(t.span(), cue) <= CUE_REACH && !crossesSentence(v, t.span(), cue))
                .min((x, y) -> Integer.compare(gap(x.span(), cue), gap(y.span(), cue)))
                .flatMap(TimeMention::date);
    }

    private static int gap(Span a, Span b) {
        return a.start() >= b.end() ? a.start() - b.end() : Math.max(0, b.start() - a.end());
    }

    private static boolean crossesSentence(SentenceView v, Span a, Span b) {
        int from = Math.min(a.end(), b.end());
        int to = Math.max(a.start(), b.start());
        return from < to && v.body().substring(from, to).matches("(?s).*[.!?][\"”’]?\\s.*");
    }
}
