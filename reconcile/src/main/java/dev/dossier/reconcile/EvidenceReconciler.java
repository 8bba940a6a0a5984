package dev.dossier.reconcile;

import dev.dossier.model.AnnotatedDocument;
import dev.dossier.model.Assertion;
import dev.dossier.model.Contradiction;
import dev.dossier.model.ContradictionKind;
import dev.dossier.model.Deal;
import dev.dossier.model.Event;
import dev.dossier.model.Grouping;
import dev.dossier.model.PartialDate;
import dev.dossier.model.PublicationDate;
import dev.dossier.model.Reconciliation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Merges every document's assertions into events (same type, compatible parties, system, batch
 * and dates), builds the deals and their slots with independent-origin counts, keeps every
 * contradiction visible with a one-sentence explanation, and orders the timeline. Deterministic:
 * lists follow sorted keys, never input order, and ids (e-…, d-…, c-…, see {@link Ids}) are derived
 * from content, so a reconcile of the assertions of some deals gives those deals, their events and
 * contradictions the ids a reconcile of everything gives them. Stateless and thread-safe.
 */
public final class EvidenceReconciler implements Reconciler {
    private final DealLinker linker = new DealLinker();

    @Override
    public Reconciliation reconcile(List<AnnotatedDocument> documents, List<Assertion> assertions, Grouping grouping) {
        Map<String, AnnotatedDocument> byId = new HashMap<>();
        Map<String, Optional<PartialDate>> published = new HashMap<>();
        Map<String, String> sourceNames = new HashMap<>();
        for (AnnotatedDocument d : documents) {
            byId.put(d.document().id(), d);
            published.put(d.document().id(), d.document().metadata().published().map(PublicationDate::date));
            sourceNames.put(d.document().id(), d.document().source());
        }
        Origins origins = new Origins(grouping);
        List<Assertion> resolved = new CategorySystems(documents).resolve(assertions);
        List<Cluster> clusters = EventAssembler.ordered(new EventClusterer(origins, published).cluster(resolved))
                .stream().filter(EvidenceReconciler::complete).toList();
        EventAssembler assembler = new EventAssembler(origins, published);
        Map<String, Cluster> clusterOf = new LinkedHashMap<>();
        List<Event> events = new ArrayList<>();
        for (Cluster c : clusters) {
            Event e = assembler.assemble(c);
            events.add(e);
            clusterOf.put(e.id(), c);
        }
        Ids.requireUnique(events, Event::id);
        List<DealBuilder.Built> built = new DealBuilder(new DealSlots(origins, published), a -> namesSystem(a, byId))
                .build(events, clusterOf);
        List<Deal> deals = withLinkedActions(built, events, byId);
        Ids.requireUnique(deals, Deal::id);
        events = withDeals(events, deals);
        ContradictionFinder finder = new ContradictionFinder(origins, new Explainer(sourceNames));
        List<Contradiction> contradictions = new ArrayList<>();
        built.forEach(b -> contradictions.addAll(finder.slots(b)));
        for (Event e : events) {
            finder.polarity(e, clusterOf.get(e.id()), e.deal()).ifPresent(contradictions::add);
        }
        List<Contradiction> ordered = ordered(contradictions, deals, events);
        Ids.requireUnique(ordered, Contradiction::id);
        Scopes.Timeline timeline = Scopes.timeline(events);
        return new Reconciliation(events, deals, ordered, timeline.dated(), timeline.undated());
    }

    /** A transfer needs both parties and an action its actor and target; a partial claim only ever joins others. */
    private static boolean complete(Cluster c) {
        var r = c.roles();
        return c.type().isTransfer() ? r.supplier().isPresent() && r.recipient().isPresent()
                : r.actor().isPresent() && (r.target().isPresent() || r.system().isPresent());
    }

    private static boolean namesSystem(Assertion a, Map<String, AnnotatedDocument> documents) {
        AnnotatedDocument doc = documents.get(a.evidence().document());
        String system = a.roles().system().map(Keys::system).orElse("");
        return doc != null && doc.mentions().stream().anyMatch(m -> a.evidence().span().contains(m.span())
                && Keys.system(m.entity().name()).equals(system));
    }

    /** Deals with the sanctions, waivers and exclusions their texts say they caused added to their events. */
    private List<Deal> withLinkedActions(List<DealBuilder.Built> built, List<Event> events,
            Map<String, AnnotatedDocument> documents) {
        List<Deal> deals = new ArrayList<>(built.stream().map(DealBuilder.Built::deal).toList());
        // adding an event to a deal changes none of the keys a link is decided by
        DealLinker.Deals keys = new DealLinker.Deals(deals);
        Map<String, Integer> position = positions(events, Event::id);
        for (Event e : events) {
            Optional<Integer> deal = linker.link(e, keys, documents);
            if (deal.isPresent()) {
                int i = deal.get();
                Deal d = deals.get(i);
                List<String> ids = new ArrayList<>(d.events());
                ids.add(e.id());
                ids.sort(Comparator.comparing(position::get));
                deals.set(i, new Deal(d.id(), d.supplier(), d.recipient(), d.system(), d.status(), d.supplierOrg(),
                        d.recipientOrg(), d.orderDate(), d.value(), d.quantity(), d.firstDelivery(), d.lastDelivery(),
                        ids, d.follows()));
            }
        }
        return deals;
    }

    private static List<Event> withDeals(List<Event> events, List<Deal> deals) {
        Map<String, String> dealOf = new HashMap<>();
        for (Deal d : deals) {
            d.events().forEach(id -> dealOf.putIfAbsent(id, d.id()));
        }
        return events.stream().map(e -> dealOf.containsKey(e.id()) ? e.withDeal(dealOf.get(e.id())) : e).toList();
    }

    /** Contradictions by deal (in the order of {@code deals}, those of none last), kind, slot and event, with ids. */
    private static List<Contradiction> ordered(List<Contradiction> found, List<Deal> deals, List<Event> events) {
        Map<String, Integer> deal = positions(deals, Deal::id);
        Map<String, Integer> event = positions(events, Event::id);
        Map<ContradictionKind, Integer> order = ContradictionFinder.kindOrder();
        List<Contradiction> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparing((Contradiction c) -> c.deal().map(deal::get).orElse(Integer.MAX_VALUE))
                .thenComparing(c -> order.get(c.kind()))
                .thenComparing(Contradiction::slot)
                .thenComparing(c -> c.event().map(event::get).orElse(-1))
                // several self contradictions of one slot: their ids (by document) settle it
                .thenComparing(EvidenceReconciler::id));
        return sorted.stream().map(c -> new Contradiction(id(c), c.deal(), c.event(), c.kind(), c.slot(), c.values(),
                c.explanation())).toList();
    }

    /**
     * A contradiction's id: its deal, event, kind and slot; a self contradiction also by the one
     * document that gives both values, as one deal slot can have several.
     */
    private static String id(Contradiction c) {
        String document = c.kind() == ContradictionKind.SELF ? c.values().get(0).sources().get(0) : "";
        return Ids.of("c", c.deal().orElse(""), c.event().orElse(""), c.kind().name(), c.slot(), document);
    }

    private static <T> Map<String, Integer> positions(List<T> items, Function<T, String> id) {
        Map<String, Integer> out = new HashMap<>();
        items.forEach(x -> out.put(id.apply(x), out.size()));
        return out;
    }
}
