package dev.dossier.assertion;

import dev.dossier.model.EventType;
import dev.dossier.model.Span;

/** A trigger found in a sentence: its rule and where it stands in the body. */
record Trigger(TriggerRule rule, Span span) {
    EventType type() {
        return rule.type();
    }

    Trigger widenedTo(Span other) {
        return new Trigger(rule, new Span(Math.min(span.start(), other.start()), Math.max(span.end(), other.end())));
    }
}
