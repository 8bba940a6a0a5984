package dev.dossier.assertion;

import dev.dossier.model.EventType;
import java.util.regex.Pattern;

/**
 * One line of {@code triggers.tsv}: an event type, whether the phrase is a predicate or a noun, and
 * its pattern (case-insensitive), with the same pattern for {@link CaseFold#fold}ed text when there is one.
 */
record TriggerRule(EventType type, boolean noun, String rule, Pattern pattern, java.util.Optional<Pattern> folded) {
    TriggerRule(EventType type, boolean noun, String rule, String regex) {
        this(type, noun, rule, Lexicon.compile(regex), CaseFold.compile(regex));
    }
}
