package dev.dossier.nlp.time;

import dev.dossier.model.PartialDate;
import dev.dossier.model.Span;
import dev.dossier.model.TimeMention;
import dev.dossier.model.TimexType;
import java.util.Optional;

/**
 * A time expression one rule found: its extent, type, TIMEX3 value (empty when the anchor is
 * too coarse to resolve it), calendar date and mod. Becomes a {@link TimeMention}.
 */
record Found(int start, int end, TimexType type, Optional<String> value,
             Optional<PartialDate> date, Optional<String> mod, String rule) {

    static Found of(int start, int end, TimexType type, String value, String rule) {
        return new Found(start, end, type, Optional.ofNullable(value), Optional.empty(), Optional.empty(), rule);
    }

    /** A calendar date (year, month or day): its value is its ISO form. */
    static Found date(int start, int end, PartialDate date, String rule) {
        return new Found(start, end, TimexType.DATE, Optional.of(date.iso()), Optional.of(date),
                Optional.empty(), rule);
    }

    /** An expression recognised but not resolvable against the anchor: kept as text. */
    static Found unresolved(int start, int end, TimexType type, String rule) {
        return of(start, end, type, null, rule);
    }

    int length() {
        return end - start;
    }

    boolean overlaps(Found other) {
        return start < other.end && other.start < end;
    }

    Found withSpan(int newStart, int newEnd) {
        return new Found(newStart, newEnd, type, value, date, mod, rule);
    }

    Found withMod(int newStart, String newMod) {
        return new Found(newStart, end, type, value, date, Optional.of(newMod), rule);
    }

    Found withValue(String newValue) {
        return new Found(start, end, type, Optional.of(newValue), date, mod, rule);
    }

    TimeMention toMention(String text) {
        Span span = new Span(start, end);
        return new TimeMention(span, span.of(text), type, value, date, mod, rule);
    }
}
