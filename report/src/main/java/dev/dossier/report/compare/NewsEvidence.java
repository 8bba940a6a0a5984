package dev.dossier.report.compare;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The news side of one field of one deal: the slot's value, documents and independent origins,
 * and up to {@link #MAX_QUOTES} quotes from the deal's events that bear on the field. A deal with
 * no order-date or first-delivery slot takes the earliest dated contract or delivery event that
 * happened by its sources (not one only planned, hedged or denied); failing that, an undated one
 * that its sources assert gives a bound ({@code byDate}): it happened by the date it was first
 * reported.
 */
record NewsEvidence(Optional<JsonNode> value, boolean byDate, List<String> sources, OptionalInt independentSources,
        List<NewsDossier.Quote> quotes, String note) {
    static final int MAX_QUOTES = 3;
    private static final Set<String> HAPPENED = Set.of("", "asserted", "reported", "disputed");

    NewsEvidence {
        sources = List.copyOf(sources);
        quotes = List.copyOf(quotes);
    }

    /** The evidence for {@code field} of {@code deal}, whose events are {@code events}. */
    static NewsEvidence of(NewsDossier.Deal deal, Field field, List<NewsDossier.Event> events) {
        Optional<NewsDossier.Slot> slot = deal.slot(field);
        if (slot.isPresent()) {
            return new NewsEvidence(Optional.of(slot.get().value()), false, slot.get().sources(),
                    slot.get().independentSources(), quotes(field, events, slot.get().sources()), "");
        }
        Optional<NewsDossier.Event> dated = earliestHappened(field, events);
        if (dated.isPresent()) {
            return fromEvent(field, dated.get(), dated.get().date().orElseThrow(), false,
                    "from event " + dated.get().id() + " (the deal has no " + field.key() + " slot)");
        }
        Optional<NewsDossier.Event> reported = earliestReportedAsserted(field, events);
        if (reported.isPresent()) {
            String by = reported.get().reported().orElseThrow();
            return fromEvent(field, reported.get(), by, true, "no date in the texts; event " + reported.get().id()
                    + " asserts it happened, first reported " + by);
        }
        return new NewsEvidence(Optional.empty(), false, List.of(), OptionalInt.empty(), List.of(), "");
    }

    private static NewsEvidence fromEvent(Field field, NewsDossier.Event event, String date, boolean byDate,
            String note) {
        List<String> documents = event.sources().stream().map(NewsDossier.Quote::document).distinct().toList();
        return new NewsEvidence(Optional.of(TextNode.valueOf(date)), byDate, documents, OptionalInt.empty(),
                quotes(field, List.of(event), documents), note);
    }

    private static Optional<NewsDossier.Event> earliestReportedAsserted(Field field, List<NewsDossier.Event> events) {
        if (field.eventType() == null) {
            return Optional.empty();
        }
        return events.stream().filter(e -> e.type().equals(field.eventType()) && e.date().isEmpty()
                && e.reported().isPresent() && e.status().equals("asserted"))
                .min(Comparator.comparing(e -> e.reported().orElseThrow()));
    }

    private static Optional<NewsDossier.Event> earliestHappened(Field field, List<NewsDossier.Event> events) {
        if (field.eventType() == null) {
            return Optional.empty();
        }
        return events.stream().filter(e -> e.type().equals(field.eventType()) && e.date().isPresent()
                && HAPPENED.contains(e.status())).min(Comparator.comparing(e -> e.date().orElseThrow()));
    }

    private static List<NewsDossier.Quote> quotes(Field field, List<NewsDossier.Event> events, List<String> documents) {
        Set<String> seen = new LinkedHashSet<>();
        List<NewsDossier.Quote> quotes = new ArrayList<>();
        for (NewsDossier.Event event : events) {
            if (!bearsOn(event, field)) {
                continue;
            }
            for (NewsDossier.Quote quote : event.sources()) {
                boolean cited = documents.isEmpty() || documents.contains(quote.document());
                if (cited && quotes.size() < MAX_QUOTES && seen.add(quote.document()) && !quote.quote().isEmpty()) {
                    quotes.add(quote);
                }
            }
        }
        return quotes;
    }

    private static boolean bearsOn(NewsDossier.Event event, Field field) {
        return switch (field) {
            case ORDER_DATE, FIRST_DELIVERY -> event.type().equals(field.eventType());
            case VALUE -> event.hasValue();
            case QUANTITY -> event.hasQuantity();
        };
    }
}
