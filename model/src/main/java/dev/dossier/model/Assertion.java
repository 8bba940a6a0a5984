package dev.dossier.model;

import java.util.Optional;

/**
 * One document's claim that an event happened (or will, or did not): what the assertion layer
 * reads from a sentence. {@code batch} is the ordinal the text gives ("first deliveries" 1,
 * "a second batch" 2); {@code dateNote} keeps a date expression that names no calendar date
 * ("in the 2020s", "no earlier than 2018").
 */
public record Assertion(
        String id,
        EventType type,
        Roles roles,
        Optional<PartialDate> date,
        Optional<String> dateNote,
        Optional<Quantity> quantity,
        Optional<Money> value,
        EventStatus status,
        Optional<Integer> batch,
        Evidence evidence) {

    public Assertion {
        Checks.text(id, "id");
        Checks.present(type, "type");
        Checks.present(roles, "roles");
        Checks.present(date, "date");
        Checks.present(dateNote, "dateNote");
        Checks.present(quantity, "quantity");
        Checks.present(value, "value");
        Checks.present(status, "status");
        Checks.present(batch, "batch");
        Checks.present(evidence, "evidence");
    }
}
