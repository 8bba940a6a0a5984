package dev.dossier.model;

import java.util.List;
import java.util.Optional;

/**
 * One real-world event as reconciled across documents: its type, parties, date (when it
 * happened), when it was first reported, the values the sources agree on, its status and every
 * source. {@code deal} links it to the deal it belongs to or was caused by.
 */
public record Event(
        String id,
        EventType type,
        Roles roles,
        Optional<PartialDate> date,
        Optional<PartialDate> reported,
        Optional<String> dateNote,
        Optional<Quantity> quantity,
        Optional<Money> value,
        EventStatus status,
        Optional<Integer> batch,
        List<EventSource> sources,
        Optional<String> deal) {

    public Event {
        Checks.text(id, "id");
        Checks.present(type, "type");
        Checks.present(roles, "roles");
        Checks.present(date, "date");
        Checks.present(reported, "reported");
        Checks.present(dateNote, "dateNote");
        Checks.present(quantity, "quantity");
        Checks.present(value, "value");
        Checks.present(status, "status");
        Checks.present(batch, "batch");
        sources = Checks.list(sources, "sources");
        Checks.present(deal, "deal");
    }

    public Event withDeal(String dealId) {
        return new Event(id, type, roles, date, reported, dateNote, quantity, value, status, batch, sources,
                Optional.ofNullable(dealId));
    }
}
