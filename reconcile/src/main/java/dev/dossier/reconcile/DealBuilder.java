package dev.dossier.reconcile;

import dev.dossier.model.Deal;
import dev.dossier.model.DealStatus;
import dev.dossier.model.Event;
import dev.dossier.model.EventStatus;
import dev.dossier.model.EventType;
import dev.dossier.model.PartialDate;
import dev.dossier.model.Roles;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One deal per supplier → recipient → system that reached at least talks (some event of it is
 * asserted, reported, disputed or planned; denials and hedges alone make no deal). Batches hang on one
 * deal unless a later batch has a contract of its own that the texts assert (or dispute) in a
 * sentence naming the system ("a second contract for 180 K2 tanks", not "a second contract, for
 * ammunition"): that batch becomes a deal of its own that {@code follows} the first.
 */
final class DealBuilder {
    /** A deal with the clusters behind its slots, before contradictions are read. */
    record Built(Deal deal, List<Event> events, DealSlots.Picks picks) {}

    /**
     * Statuses that never show a deal reached talks: a denial, or a hedge ("deliveries could take
     * years"). A plan does ("Norway will buy", "is awaiting delivery"): someone has agreed to something.
     */
    private static final Set<EventStatus> UNFOUNDED = Set.of(EventStatus.DENIED, EventStatus.SPECULATIVE);
    /** Years between contracts that make a new procurement rather than a later batch of one. */
    static final int PROCUREMENT_GAP_YEARS = 10;
    private static final Set<EventStatus> CONTRACTED = Set.of(EventStatus.ASSERTED, EventStatus.REPORTED,
            EventStatus.DISPUTED);
    private final DealSlots slots;
    private final java.util.function.Predicate<dev.dossier.model.Assertion> namesItsSystem;

    /** {@code namesItsSystem}: the claim's own sentence names its system (it is not read from context). */
    DealBuilder(DealSlots slots, java.util.function.Predicate<dev.dossier.model.Assertion> namesItsSystem) {
        this.slots = slots;
        this.namesItsSystem = namesItsSystem;
    }

    /** The deals of {@code events} (in the reconcile's order), each event's cluster in {@code clusters} by its id. */
    List<Built> build(List<Event> events, Map<String, Cluster> clusters) {
        List<Built> out = new ArrayList<>();
        byTriple(events).forEach((triple, ofTriple) -> {
            List<List<Event>> procurements = procurements(ofTriple);
            for (int i = 0; i < procurements.size(); i++) {
                // the oldest procurement keeps the triple's id, the one it had before a later one was reported
                String since = i == 0 ? "" : Integer.toString(contractYears(procurements.get(i)).get(0));
                addDeals(Ids.of("d", triple, since), procurements.get(i), clusters, out);
            }
        });
        return out;
    }

    /** The deal of one procurement and the deals of the later batches that have contracts of their own. */
    private void addDeals(String firstId, List<Event> group, Map<String, Cluster> clusters, List<Built> out) {
        if (group.stream().allMatch(e -> UNFOUNDED.contains(e.status()))) {
            return;
        }
        TreeSet<Integer> ownContracts = new TreeSet<>();
        group.stream().filter(e -> e.type() == EventType.CONTRACT_SIGNED && CONTRACTED.contains(e.status()))
                .filter(e -> clusters.get(e.id()).members().stream().anyMatch(namesItsSystem))
                .forEach(e -> e.batch().filter(b -> b > 1).ifPresent(ownContracts::add));
        boolean hasFirst = group.stream().anyMatch(e -> e.batch().orElse(1) <= 1);
        Roles parties = group.stream().map(Event::roles)
                .filter(x -> x.supplier().isPresent() && x.recipient().isPresent()).findFirst().orElseThrow();
        List<Event> main = group.stream().filter(e -> !hasFirst || !ownContracts.contains(e.batch().orElse(1)))
                .toList();
        if (main.isEmpty()) {
            return;
        }
        out.add(deal(firstId, parties, main, clusters, Optional.empty()));
        if (hasFirst) {
            for (int batch : ownContracts) {
                List<Event> part = group.stream().filter(e -> e.batch().orElse(1) == batch).toList();
                out.add(deal(Ids.of("d", firstId, batch), parties, part, clusters, Optional.of(firstId)));
            }
        }
    }

    private Built deal(String id, Roles r, List<Event> events, Map<String, Cluster> clusters,
            Optional<String> follows) {
        int batchLimit = follows.isPresent() ? Integer.MAX_VALUE : 1;
        List<Cluster> slotEvents = events.stream().filter(e -> e.batch().orElse(1) <= batchLimit)
                .map(e -> clusters.get(e.id())).toList();
        DealSlots.Picks p = slots.pick(slotEvents);
        Deal deal = new Deal(id, r.supplier().orElseThrow(), r.recipient().orElseThrow(), r.system().orElseThrow(),
                status(events), first(events, Roles::supplierOrg), first(events, Roles::recipientOrg),
                p.orderDate().map(SlotPicker.Pick::slot), p.value().map(SlotPicker.Pick::slot),
                p.quantity().map(SlotPicker.Pick::slot), p.firstDelivery().map(SlotPicker.Pick::slot),
                p.lastDelivery().map(SlotPicker.Pick::slot), events.stream().map(Event::id).toList(), follows);
        return new Built(deal, events, p);
    }

    private static Optional<String> first(List<Event> events, java.util.function.Function<Roles, Optional<String>> f) {
        return events.stream().flatMap(e -> f.apply(e.roles()).stream()).findFirst();
    }

    static DealStatus status(List<Event> events) {
        if (has(events, EventType.CANCELLATION, Set.of(EventStatus.ASSERTED, EventStatus.REPORTED))) {
            return DealStatus.CANCELLED;
        }
        if (has(events, EventType.DELIVERY, Set.of(EventStatus.ASSERTED, EventStatus.REPORTED))) {
            return has(events, EventType.DELIVERY, Set.of(EventStatus.PLANNED)) ? DealStatus.DELIVERING
                    : DealStatus.DELIVERED;
        }
        if (has(events, EventType.CONTRACT_SIGNED, Set.of(EventStatus.ASSERTED, EventStatus.REPORTED))) {
            return DealStatus.ORDERED;
        }
        if (has(events, EventType.CONTRACT_SIGNED, Set.of(EventStatus.DISPUTED))) {
            return DealStatus.DISPUTED;
        }
        return DealStatus.TALKS;
    }

    private static boolean has(List<Event> events, EventType type, Set<EventStatus> statuses) {
        return events.stream().anyMatch(e -> e.type() == type && statuses.contains(e.status()));
    }

    /**
     * One triple's events split into procurements: contracts signed {@value #PROCUREMENT_GAP_YEARS}
     * or more years after the one before are a new procurement of the same family (a 1990 sale
     * of a fighter's first model and a 2015 order of its latest block), never a batch of the old one. Each event
     * joins the procurement whose contract years are nearest to its date (ties: the later one);
     * an undated event joins the latest, the one the news speaks of. Oldest first.
     */
    static List<List<Event>> procurements(List<Event> group) {
        List<Integer> years = contractYears(group);
        List<int[]> spans = new ArrayList<>();
        for (int year : years) {
            if (spans.isEmpty() || year - spans.get(spans.size() - 1)[1] >= PROCUREMENT_GAP_YEARS) {
                spans.add(new int[] {year, year});
            } else {
                spans.get(spans.size() - 1)[1] = year;
            }
        }
        if (spans.size() < 2) {
            return List.of(group);
        }
        List<List<Event>> out = new ArrayList<>();
        spans.forEach(x -> out.add(new ArrayList<>()));
        for (Event e : group) {
            out.get(e.date().map(d -> nearest(spans, d.year())).orElse(spans.size() - 1)).add(e);
        }
        return out.stream().filter(l -> !l.isEmpty()).toList();
    }

    /** The years of the dated contracts among {@code events}, oldest first, each once. */
    private static List<Integer> contractYears(List<Event> events) {
        return events.stream().filter(e -> e.type() == EventType.CONTRACT_SIGNED && CONTRACTED.contains(e.status()))
                .flatMap(e -> e.date().stream()).map(PartialDate::year).sorted().distinct().toList();
    }

    private static int nearest(List<int[]> spans, int year) {
        int best = 0;
        int bestGap = Integer.MAX_VALUE;
        for (int i = 0; i < spans.size(); i++) {
            int gap = year < spans.get(i)[0] ? spans.get(i)[0] - year : Math.max(0, year - spans.get(i)[1]);
            if (gap <= bestGap) {
                best = i;
                bestGap = gap;
            }
        }
        return best;
    }

    /**
     * Transfer events by supplier|recipient|system, each triple's in the order of {@code events};
     * an event missing a party joins the one triple it fits.
     */
    private static Map<String, List<Event>> byTriple(List<Event> events) {
        Map<Event, Integer> position = new java.util.IdentityHashMap<>();
        events.forEach(e -> position.put(e, position.size()));
        Map<String, List<Event>> complete = new TreeMap<>();
        List<Event> partial = new ArrayList<>();
        for (Event e : events) {
            Roles r = e.roles();
            if (!e.type().isTransfer() || r.system().isEmpty()) {
                continue;
            }
            if (r.supplier().isPresent() && r.recipient().isPresent()) {
                complete.computeIfAbsent(key(r), k -> new ArrayList<>()).add(e);
            } else {
                partial.add(e);
            }
        }
        for (Event e : partial) {
            List<String> fits = complete.keySet().stream()
                    .filter(k -> Cluster.rolesAgree(complete.get(k).get(0).roles(), e.roles())).toList();
            if (fits.size() == 1) {
                complete.get(fits.get(0)).add(e);
            }
        }
        Map<String, List<Event>> sorted = new LinkedHashMap<>();
        complete.forEach((k, v) -> sorted.put(k,
                v.stream().sorted(Comparator.comparing(position::get)).toList()));
        return sorted;
    }

    private static String key(Roles r) {
        return Keys.fold(r.supplier().get()) + "|" + Keys.fold(r.recipient().get()) + "|"
                + Keys.system(r.system().get());
    }
}
