package dev.dossier.model;

import java.util.Optional;

/**
 * A quantity expression in a body. {@code ordinal} is set for "a second regiment" (2) or "the
 * first batch" (1); {@code entity} is the system counted when the phrase names one ("180 K2 tanks").
 */
public record QuantityMention(
        Span span, String text, Quantity quantity, Optional<Integer> ordinal, Optional<Entity> entity, String rule) {
    public QuantityMention {
        Checks.present(span, "span");
        Checks.present(text, "text");
        Checks.present(quantity, "quantity");
        Checks.present(ordinal, "ordinal");
        Checks.present(entity, "entity");
        Checks.text(rule, "rule");
    }
}
