package dev.dossier.app.serve;

import dev.dossier.app.serve.Views.DealPage;
import dev.dossier.app.serve.Views.DocumentPage;
import dev.dossier.app.serve.Views.DocumentSummary;
import dev.dossier.app.serve.Views.EvidenceSpan;
import dev.dossier.app.serve.Views.Facets;
import dev.dossier.model.Contradiction;
import dev.dossier.model.Deal;
import dev.dossier.model.Document;
import dev.dossier.model.DocumentGroup;
import dev.dossier.model.Dossier;
import dev.dossier.model.Entity;
import dev.dossier.model.Event;
import dev.dossier.model.EventSource;
import dev.dossier.model.EventType;
import dev.dossier.model.Evidence;
import dev.dossier.model.Grouping;
import dev.dossier.model.Reconciliation;
import dev.dossier.pipeline.DocumentResult;
import dev.dossier.pipeline.Pipeline;
import dev.dossier.reconcile.Scopes;
import dev.dossier.store.update.AddResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * One immutable view of the dossier, indexed by id, that every read request uses: readers never
 * touch the database, and an add swaps in a new snapshot at once.
 */
final class Snapshot {
    private final Dossier dossier;
    private final long revision;
    private final Map<String, Deal> deals = new LinkedHashMap<>();
    private final Map<String, Event> events = new LinkedHashMap<>();
    private final Map<String, Document> documents = new LinkedHashMap<>();
    private final Map<String, DocumentSummary> summaries = new LinkedHashMap<>();
    private final Map<String, List<EvidenceSpan>> evidence = new LinkedHashMap<>();
    private final Facets facets;

    Snapshot(Dossier dossier, long revision) {
        this.dossier = dossier;
        this.revision = revision;
        Map<String, DocumentGroup> groups = dossier.grouping().byDocument();
        dossier.deals().forEach(d -> deals.put(d.id(), d));
        dossier.events().forEach(e -> events.put(e.id(), e));
        for (Document d : dossier.documents()) {
            documents.put(d.id(), d);
            summaries.put(d.id(), DocumentSummary.of(d, Optional.ofNullable(groups.get(d.id()))));
        }
        for (Event event : dossier.events()) {
            for (EventSource source : event.sources()) {
                Evidence e = source.evidence();
                evidence.computeIfAbsent(e.document(), k -> new ArrayList<>()).add(new EvidenceSpan(event.id(),
                        event.type(), event.status(), e.span().start(), e.span().end(), e.quote(), e.stance(),
                        e.attributedTo(), e.via(), e.rule()));
            }
        }
        evidence.values().forEach(list -> list.sort(Comparator.comparingInt(EvidenceSpan::start)));
        this.facets = facetsOf(dossier);
    }

    /**
     * This snapshot after a scoped add ({@link AddResult.Scoping}), without reading the store
     * back: the {@code added} documents and their entities joined in, the grouping rows the add
     * wrote laid over, and the events, deals and contradictions of its scopes replaced by
     * {@code parts} (the store's {@code partsIn} those scopes). Lists come in the order the
     * store's {@code dossier()} gives them (documents by source then id, entities by id, parts by
     * their {@link Scopes#orderKeys order keys}), so the result is the dossier read afresh.
     */
    Snapshot spliced(AddResult.Scoping scoping, List<DocumentResult> added, Reconciliation parts, long revision) {
        List<Document> documents = new ArrayList<>(dossier.documents());
        added.forEach(r -> documents.add(r.annotated().document()));
        documents.sort(Comparator.comparing(Document::source).thenComparing(Document::id));
        Map<String, DocumentGroup> rows = new HashMap<>(dossier.grouping().byDocument());
        scoping.groups().forEach(g -> rows.put(g.document(), g));
        Grouping grouping = new Grouping(documents.stream().map(d -> rows.get(d.id())).filter(Objects::nonNull).toList());
        Map<String, Entity> entities = new TreeMap<>();
        dossier.entities().forEach(e -> entities.put(e.id(), e));
        Pipeline.entitiesOf(added.stream().map(DocumentResult::annotated).toList())
                .forEach(e -> entities.putIfAbsent(e.id(), e));
        Reconciliation kept = outside(new java.util.HashSet<>(scoping.scopes()));
        Reconciliation merged = new Reconciliation(concat(kept.events(), parts.events()),
                concat(kept.deals(), parts.deals()), concat(kept.contradictions(), parts.contradictions()),
                List.of(), List.of());
        // kept parts keep their keys: one triple's deals are all of one scope, so all kept or all new
        Map<String, String> keys = Scopes.orderKeys(merged);
        List<Event> events = byKey(merged.events(), Event::id, keys);
        Scopes.Timeline timeline = Scopes.timeline(events);
        return new Snapshot(new Dossier(documents, grouping, List.copyOf(entities.values()), events,
                byKey(merged.deals(), Deal::id, keys), byKey(merged.contradictions(), Contradiction::id, keys),
                timeline.dated(), timeline.undated()), revision);
    }

    /** The parts outside {@code scopes}: those of other scopes and those of none (as the store scopes them). */
    private Reconciliation outside(Set<String> scopes) {
        Map<String, String> scopeOf = Scopes.ofParts(new Reconciliation(dossier.events(), dossier.deals(),
                dossier.contradictions(), List.of(), List.of()));
        java.util.function.Predicate<String> kept = id -> !scopes.contains(scopeOf.get(id));
        return new Reconciliation(dossier.events().stream().filter(e -> kept.test(e.id())).toList(),
                dossier.deals().stream().filter(d -> kept.test(d.id())).toList(),
                dossier.contradictions().stream().filter(c -> kept.test(c.id())).toList(), List.of(), List.of());
    }

    private static <T> List<T> concat(List<T> first, List<T> second) {
        return Stream.concat(first.stream(), second.stream()).toList();
    }

    private static <T> List<T> byKey(List<T> items, Function<T, String> idOf, Map<String, String> keys) {
        return items.stream().sorted(Comparator.comparing((T item) -> keys.get(idOf.apply(item)))).toList();
    }

    Dossier dossier() {
        return dossier;
    }

    long revision() {
        return revision;
    }

    Facets facets() {
        return facets;
    }

    List<Deal> deals() {
        return dossier.deals();
    }

    Optional<DealPage> dealPage(String id) {
        Deal deal = deals.get(id);
        if (deal == null) {
            return Optional.empty();
        }
        List<Event> dealEvents = Stream.concat(deal.events().stream().map(events::get),
                dossier.events().stream().filter(e -> e.deal().filter(id::equals).isPresent()))
                .filter(java.util.Objects::nonNull).distinct().toList();
        List<Contradiction> contradictions = dossier.contradictions().stream()
                .filter(c -> c.deal().filter(id::equals).isPresent()).toList();
        Map<String, DocumentSummary> cited = new LinkedHashMap<>();
        dealEvents.forEach(e -> e.sources().forEach(s -> cite(cited, s.evidence().document())));
        contradictions.forEach(c -> c.values().forEach(v -> v.sources().forEach(d -> cite(cited, d))));
        slotSources(deal).forEach(d -> cite(cited, d));
        return Optional.of(new DealPage(deal, dealEvents, contradictions, cited));
    }

    List<Event> events(Optional<EventType> type, Optional<String> deal) {
        return dossier.events().stream().filter(e -> type.isEmpty() || e.type() == type.get())
                .filter(e -> deal.isEmpty() || e.deal().equals(deal)).toList();
    }

    Optional<Event> event(String id) {
        return Optional.ofNullable(events.get(id));
    }

    List<Contradiction> contradictions() {
        return dossier.contradictions();
    }

    List<DocumentSummary> documentSummaries() {
        return List.copyOf(summaries.values());
    }

    Optional<DocumentPage> documentPage(String id) {
        Document document = documents.get(id);
        if (document == null) {
            return Optional.empty();
        }
        DocumentSummary summary = summaries.get(id);
        List<DocumentSummary> copies = summary.wireGroup().isEmpty() ? List.of() : summaries.values().stream()
                .filter(other -> !other.id().equals(id) && other.wireGroup().equals(summary.wireGroup())).toList();
        return Optional.of(new DocumentPage(summary, document.body(), evidence.getOrDefault(id, List.of()), copies));
    }

    private void cite(Map<String, DocumentSummary> cited, String document) {
        DocumentSummary summary = summaries.get(document);
        if (summary != null) {
            cited.putIfAbsent(document, summary);
        }
    }

    private static Stream<String> slotSources(Deal deal) {
        return Stream.of(deal.orderDate(), deal.value(), deal.quantity(), deal.firstDelivery(), deal.lastDelivery())
                .flatMap(Optional::stream).flatMap(slot -> slot.sources().stream());
    }

    private static Facets facetsOf(Dossier dossier) {
        TreeSet<String> countries = new TreeSet<>();
        TreeSet<String> systems = new TreeSet<>();
        TreeSet<EventType> types = new TreeSet<>();
        for (Event e : dossier.events()) {
            Stream.of(e.roles().supplier(), e.roles().recipient(), e.roles().actor(), e.roles().target())
                    .flatMap(Optional::stream).forEach(countries::add);
            e.roles().system().ifPresent(systems::add);
            types.add(e.type());
        }
        dossier.entities().forEach(entity -> {
            switch (entity.type()) {
                case COUNTRY -> countries.add(entity.name());
                case WEAPON -> systems.add(entity.name());
                default -> { }
            }
        });
        return new Facets(List.copyOf(countries), List.copyOf(systems), List.copyOf(types));
    }
}
