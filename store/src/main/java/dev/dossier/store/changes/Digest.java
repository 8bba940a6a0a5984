package dev.dossier.store.changes;

import dev.dossier.model.Checks;
import dev.dossier.model.Contradiction;
import dev.dossier.model.Deal;
import dev.dossier.model.Dossier;
import dev.dossier.model.Event;
import dev.dossier.model.Money;
import dev.dossier.model.Quantity;
import dev.dossier.model.Slot;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A compact summary of one revision's dossier, kept in the store's revision log: enough to say
 * later which deals, slots, events and contradictions changed, and from which documents.
 *
 * <p>Its lists are kept in one canonical order, whatever order they are given in: deals by key,
 * events by date (undated last), type and first evidence, contradictions by deal, kind and slot,
 * each then by id. A digest rebuilt from an earlier one and the {@link DigestDelta}s after it is
 * then equal to the digest of the whole dossier, and what {@link ChangeFinder} lists does not
 * depend on where a part came from.
 */
public record Digest(List<DealDigest> deals, List<EventDigest> events, List<ContradictionDigest> contradictions) {
    public static final Digest EMPTY = new Digest(List.of(), List.of(), List.of());

    private static final Comparator<DealDigest> DEAL_ORDER = Comparator.comparing(DealDigest::key)
            .thenComparing(DealDigest::id);
    private static final Comparator<EventDigest> EVENT_ORDER = Comparator
            .comparing((EventDigest e) -> e.date().orElse(null), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(EventDigest::type)
            .thenComparing(e -> e.evidence().isEmpty() ? "" : e.evidence().get(0))
            .thenComparing(EventDigest::id);
    private static final Comparator<ContradictionDigest> CONTRADICTION_ORDER = Comparator
            .comparing((ContradictionDigest c) -> c.deal().orElse(""))
            .thenComparing(ContradictionDigest::kind)
            .thenComparing(ContradictionDigest::slot)
            .thenComparing(ContradictionDigest::id);

    public Digest {
        deals = sorted(Checks.list(deals, "deals"), DEAL_ORDER);
        events = sorted(Checks.list(events, "events"), EVENT_ORDER);
        contradictions = sorted(Checks.list(contradictions, "contradictions"), CONTRADICTION_ORDER);
    }

    private static <T> List<T> sorted(List<T> items, Comparator<T> order) {
        List<T> out = new ArrayList<>(items);
        out.sort(order);
        return Collections.unmodifiableList(out);
    }

    /**
     * A deal under its lasting key (supplier, recipient, system and, for a follow-on contract,
     * its batch), its status and its slots by name.
     */
    public record DealDigest(String key, String id, String label, String status, Map<String, SlotDigest> slots,
            List<String> sources) {
        public DealDigest {
            Checks.text(key, "key");
            status = status == null ? "" : status;
            slots = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(Checks.map(slots, "slots")));
            sources = Checks.list(sources, "sources");
        }
    }

    /** A slot's value as shown to people, its independent origins and its documents. */
    public record SlotDigest(String value, int independentSources, List<String> sources) {
        public SlotDigest {
            Checks.text(value, "value");
            sources = Checks.list(sources, "sources");
        }
    }

    /** An event: what it is, and its evidence as {@code document@start-end}, which outlasts its id. */
    public record EventDigest(String id, String type, String label, Optional<String> date, String status,
            Optional<String> deal, List<String> evidence) {
        public EventDigest {
            Checks.text(id, "id");
            evidence = Checks.list(evidence, "evidence");
        }

        /** The documents of its evidence. */
        public List<String> documents() {
            return evidence.stream().map(e -> e.substring(0, e.lastIndexOf('@'))).distinct().toList();
        }
    }

    /** A contradiction: its deal (by key), kind, slot, event (by id at its revision) and sides. */
    public record ContradictionDigest(String id, Optional<String> deal, Optional<String> event, String kind,
            String slot, List<SideDigest> values) {
        public ContradictionDigest {
            values = Checks.list(values, "values");
        }

        public List<String> sources() {
            return values.stream().flatMap(v -> v.sources().stream()).distinct().toList();
        }
    }

    /** One side of a contradiction. */
    public record SideDigest(String value, int independentSources, List<String> sources) {
        public SideDigest {
            sources = Checks.list(sources, "sources");
        }
    }

    /** The digest of {@code dossier}. */
    public static Digest of(Dossier dossier) {
        Map<String, Event> events = new LinkedHashMap<>();
        dossier.events().forEach(e -> events.put(e.id(), e));
        Map<String, String> dealKeys = new LinkedHashMap<>();
        List<DealDigest> deals = dossier.deals().stream().map(d -> deal(d, events)).toList();
        deals.forEach(d -> dealKeys.put(d.id(), d.key()));
        List<EventDigest> eventDigests = dossier.events().stream().map(e -> event(e, dealKeys)).toList();
        List<ContradictionDigest> contradictions = dossier.contradictions().stream()
                .map(c -> contradiction(c, dealKeys)).toList();
        return new Digest(deals, eventDigests, contradictions);
    }

    private static DealDigest deal(Deal deal, Map<String, Event> events) {
        Optional<Integer> batch = deal.follows().flatMap(first -> deal.events().stream().map(events::get)
                .filter(java.util.Objects::nonNull).flatMap(e -> e.batch().stream()).min(Integer::compare));
        String parties = deal.supplier() + " → " + deal.recipient() + " " + deal.system();
        String key = parties + batch.map(b -> " #" + b).orElse(deal.follows().isPresent() ? " #follow-on" : "");
        String label = parties + batch.map(b -> " (batch " + b + ")").orElse("");
        Map<String, SlotDigest> slots = new LinkedHashMap<>();
        deal.orderDate().ifPresent(s -> slots.put("order_date", slot(s, s.value().iso())));
        deal.value().ifPresent(s -> slots.put("value", slot(s, money(s.value()))));
        deal.quantity().ifPresent(s -> slots.put("quantity", slot(s, quantity(s.value()))));
        deal.firstDelivery().ifPresent(s -> slots.put("first_delivery", slot(s, s.value().iso())));
        deal.lastDelivery().ifPresent(s -> slots.put("last_delivery", slot(s, s.value().iso())));
        TreeSet<String> sources = new TreeSet<>();
        slots.values().forEach(s -> sources.addAll(s.sources()));
        deal.events().stream().map(events::get).filter(java.util.Objects::nonNull)
                .forEach(e -> e.sources().forEach(s -> sources.add(s.evidence().document())));
        return new DealDigest(key, deal.id(), label, deal.status().name().toLowerCase(Locale.ROOT), slots,
                List.copyOf(sources));
    }

    private static SlotDigest slot(Slot<?> slot, String shown) {
        return new SlotDigest(shown, slot.independentSources(), slot.sources());
    }

    private static EventDigest event(Event e, Map<String, String> dealKeys) {
        String roles = e.roles().supplier().orElse("?") + " → " + e.roles().recipient().orElse("?")
                + e.roles().system().map(s -> " " + s).orElse("");
        String type = e.type().name().toLowerCase(Locale.ROOT);
        List<String> evidence = e.sources().stream().map(s -> s.evidence().document() + "@"
                + s.evidence().span().start() + "-" + s.evidence().span().end()).distinct().toList();
        return new EventDigest(e.id(), type, type + " " + roles, e.date().map(d -> d.iso()),
                e.status().name().toLowerCase(Locale.ROOT), e.deal().map(dealKeys::get), evidence);
    }

    private static ContradictionDigest contradiction(Contradiction c, Map<String, String> dealKeys) {
        List<SideDigest> sides = c.values().stream()
                .map(v -> new SideDigest(v.value(), v.independentSources(), v.sources())).toList();
        return new ContradictionDigest(c.id(), c.deal().map(dealKeys::get), c.event(),
                c.kind().name().toLowerCase(Locale.ROOT), c.slot(), sides);
    }

    /** "USD 2.5 billion", "about EUR 300 million". */
    static String money(Money money) {
        return money.display();
    }

    /** "2 battery", "about 24 fighter". */
    static String quantity(Quantity quantity) {
        double amount = quantity.amount();
        String number = amount == Math.rint(amount) ? String.format(Locale.ROOT, "%.0f", amount)
                : String.format(Locale.ROOT, "%s", amount);
        return (quantity.approximate() ? "about " : "") + number + " " + quantity.unit();
    }
}
