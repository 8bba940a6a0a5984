package dev.dossier.report;

import dev.dossier.model.Deal;
import dev.dossier.model.Event;
import dev.dossier.model.EventSource;
import dev.dossier.model.EventType;
import dev.dossier.model.Evidence;
import dev.dossier.model.Money;
import dev.dossier.model.PartialDate;
import dev.dossier.model.Quantity;
import dev.dossier.model.Slot;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The sentences behind a deal slot: the ones the slot keeps as stating its value. A slot built
 * without them (by hand, or read back from a summary) lists only documents; its quotes then come from the deal's
 * events of the kind that slot is read from (a contract for the order date, deliveries for the
 * delivery dates), in those documents. Sources that state the slot's value come first; a source
 * that itself claims another value is left out (it belongs to the other side of a dispute).
 */
final class Quotes {
    /** One quoted text and every source that prints it (copies of a wire text print the same words). */
    record Quote(String text, List<Evidence> sources) {}

    private record Ranked(Evidence evidence, int rank, int order) {}

    private Quotes() {}

    static List<Quote> behind(Deal deal, String slotName, Slot<?> slot, ReportData data) {
        if (!slot.evidence().isEmpty()) {
            return merge(stating(slot));
        }
        List<Event> events = data.eventsOf(deal);
        List<Evidence> found = collect(events.stream().filter(relevantTo(slotName)).toList(), slotName, slot);
        return merge(found.isEmpty() ? collect(events, slotName, slot) : found);
    }

    /** The sentences the slot keeps as stating its value, in the order of the slot's documents. */
    private static List<Evidence> stating(Slot<?> slot) {
        return slot.evidence().stream()
                .sorted(Comparator.comparingInt((Evidence e) -> slot.sources().indexOf(e.document()))
                        .thenComparing(Evidence::span))
                .toList();
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

    /** Each event source in one of the slot's documents, once: agreeing sources first, then by document order. */
    private static List<Evidence> collect(List<Event> events, String slotName, Slot<?> slot) {
        Map<String, Ranked> unique = new LinkedHashMap<>();
        for (Event event : events) {
            for (EventSource source : event.sources()) {
                Evidence evidence = source.evidence();
                int order = slot.sources().indexOf(evidence.document());
                int rank = rank(event, source, slotName, slot.value());
                if (order >= 0 && rank >= 0) {
                    String key = evidence.document() + "@" + evidence.span().start() + "-" + evidence.span().end();
                    unique.merge(key, new Ranked(evidence, rank, order), (a, b) -> a.rank() <= b.rank() ? a : b);
                }
            }
        }
        return unique.values().stream()
                .sorted(Comparator.comparingInt(Ranked::rank).thenComparingInt(Ranked::order)
                        .thenComparing(r -> r.evidence().span()))
                .map(Ranked::evidence).toList();
    }

    /**
     * 0: the source claims exactly this value; 1: its words name the value; 2: its event has it; 3:
     * none of these; -1: the source claims a value that does not agree.
     */
    private static int rank(Event event, EventSource source, String slotName, Object value) {
        Optional<String> claimed = Optional.ofNullable(source.claims().get(slotName.contains("date")
                || slotName.contains("deliver") ? "date" : slotName));
        if (claimed.isPresent() && value instanceof PartialDate date) {
            Optional<PartialDate> parsed = parse(claimed.get());
            if (parsed.isPresent() && !parsed.get().agreesWith(date)) {
                return -1;
            }
            if (parsed.isPresent() && parsed.get().equals(date)) {
                return 0;
            }
        }
        if (names(source.evidence().quote(), value)) {
            return 1;
        }
        return eventAgrees(event, value) ? 2 : 3;
    }

    /** Whether a quote spells the value out: the year and month of a date, the figure of an amount. */
    static boolean names(String quote, Object value) {
        String text = quote.toLowerCase(java.util.Locale.ROOT);
        if (value instanceof PartialDate date) {
            boolean year = text.contains(Integer.toString(date.year()));
            return year && (date.month() == 0
                    || text.contains(Wording.date(PartialDate.ofMonth(date.year(), date.month())).substring(0, 3)
                            .toLowerCase(java.util.Locale.ROOT)));
        }
        if (value instanceof Money money) {
            String display = money.display();
            String figure = display.replaceAll("^[^0-9]*([0-9][0-9.]*).*$", "$1");
            return text.contains(figure);
        }
        if (value instanceof Quantity quantity) {
            return text.matches("(?s).*\\b" + java.util.regex.Pattern.quote(Wording.number(quantity.amount())) + "\\b.*");
        }
        return false;
    }

    private static boolean eventAgrees(Event event, Object value) {
        if (value instanceof PartialDate date) {
            return event.date().map(d -> d.agreesWith(date)).orElse(false);
        }
        if (value instanceof Money money) {
            return event.value().map(m -> m.agreesWith(money, 0.02)).orElse(false);
        }
        if (value instanceof Quantity quantity) {
            return event.quantity().map(q -> q.amount() == quantity.amount()).orElse(false);
        }
        return false;
    }

    private static Optional<PartialDate> parse(String iso) {
        try {
            return Optional.of(PartialDate.parse(iso));
        } catch (IllegalArgumentException notADate) {
            return Optional.empty();
        }
    }
}
