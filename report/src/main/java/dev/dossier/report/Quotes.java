package dev.dossier.report;

import dev.dossier.model.Deal;
import dev.dossier.model.Event;
import dev.dossier.model.EventSource;
import dev.dossier.model.EventType;
import dev.dossier.model.Evidence;
import dev.dossier.model.Slot;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The sentences behind a deal slot. A slot lists only documents; the quotes come from the deal's
 * events of the kind that slot is read from (a contract for the order date, deliveries for the
 * delivery dates), in those documents.
 */
final class Quotes {
    private Quotes() {}

    /** One quoted text and every source that prints it (copies of a wire text print the same words). */
    record Quote(String text, List<Evidence> sources) {}

    static List<Quote> behind(Deal deal, String slotName, Slot<?> slot, ReportData data) {
        List<Event> events = data.eventsOf(deal);
        List<Evidence> found = collect(events.stream().filter(relevantTo(slotName)).toList(), slot);
        return merge(found.isEmpty() ? collect(events, slot) : found);
    }

    /** Evidence with the same words, once, in first-seen order. */
    static List<Quote> merge(List<Evidence> evidence) {
        Map<String, List<Evidence>> byText = new LinkedHashMap<>();
        for (Evidence e : evidence) {
            byText.computeIfAbsent(e.quote().strip(), k -> new ArrayList<>()).add(e);
        }
        List<Quote> quotes = new ArrayList<>();
        byText.forEach((text, sources) -> quotes.add(new Quote(text, List.copyOf(sources))));
        return quotes;
    }

    private static Predicate<Event> relevantTo(String slotName) {
        return switch (slotName) {
            case "order_date" -> e -> e.type() == EventType.CONTRACT_SIGNED;
            case "value" -> e -> e.value().isPresent();
            case "quantity" -> e -> e.quantity().isPresent();
            case "first_delivery", "last_delivery" -> e -> e.type() == EventType.DELIVERY;
            default -> e -> true;
        };
    }

    /** Each event source in one of the slot's documents, once, in the slot's document order. */
    private static List<Evidence> collect(List<Event> events, Slot<?> slot) {
        Map<String, Evidence> unique = new LinkedHashMap<>();
        for (String document : slot.sources()) {
            for (Event event : events) {
                for (EventSource source : event.sources()) {
                    Evidence evidence = source.evidence();
                    if (evidence.document().equals(document)) {
                        unique.putIfAbsent(document + "@" + evidence.span().start() + "-" + evidence.span().end(),
                                evidence);
                    }
                }
            }
        }
        return new ArrayList<>(unique.values());
    }
}
