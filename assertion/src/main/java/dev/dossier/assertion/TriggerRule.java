package dev.dossier.assertion;

import dev.dossier.model.EventType;
import java.util.regex.Pattern;

/** One line of {@code triggers.tsv}: an event type, whether the phrase is a predicate or a noun, and its pattern. */
record TriggerRule(EventType type, boolean noun, String rule, Pattern pattern) {}
