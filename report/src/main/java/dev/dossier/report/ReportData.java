package dev.dossier.report;

import dev.dossier.model.Deal;
import dev.dossier.model.Document;
import dev.dossier.model.DocumentGroup;
import dev.dossier.model.Dossier;
import dev.dossier.model.Entity;
import dev.dossier.model.Event;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A dossier with the look-ups the readable outputs share: documents, events and origins by id,
 * and how much of each list they show. Immutable once built, so that the reports can be
 * rendered from one on several threads at once.
 */
final class ReportData {
    private final Dossier dossier;
    private final Map<String, Document> documents = new LinkedHashMap<>();
    private final Map<String, Event> events = new LinkedHashMap<>();
    /** The first entity of each name, as a scan of the entities in order finds it. */
    private final Map<String, Entity> entitiesByName = new java.util.HashMap<>();
    private final Map<String, DocumentGroup> groups;
    private final Listing listing;
    private final List<Deal> dealsByEvidence;
    private final Set<String> listedDocuments;

    ReportData(Dossier dossier) {
        this(dossier, Listing.DEFAULT);
    }

    ReportData(Dossier dossier, Listing listing) {
        this.dossier = dossier;
        this.listing = listing;
        dossier.documents().forEach(d -> documents.put(d.id(), d));
        dossier.events().forEach(e -> events.put(e.id(), e));
        dossier.entities().forEach(e -> entitiesByName.putIfAbsent(e.name(), e));
        this.groups = dossier.grouping().byDocument();
        this.dealsByEvidence = byEvidence(dossier.deals());
        this.listedDocuments = listing.shown(dossier.documents()).stream().map(Document::id)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    Dossier dossier() {
        return dossier;
    }

    /** How much of each list the readable reports show. */
    Listing listing() {
        return listing;
    }

    /** Whether the readable reports list this document (and so can link to it). */
    boolean documentListed(String id) {
        return listedDocuments.contains(id);
    }

    /**
     * The deals as people should read them: the best-supported first (most independent origins,
     * then most documents); ties keep the reconciler's order.
     */
    List<Deal> dealsByEvidence() {
        return dealsByEvidence;
    }

    private List<Deal> byEvidence(List<Deal> reconciled) {
        Map<String, Integer> origins = new java.util.HashMap<>();
        Map<String, Integer> documents = new java.util.HashMap<>();
        for (Deal deal : reconciled) {
            Set<String> evidence = evidenceOf(deal);
            origins.put(deal.id(), originCount(evidence));
            documents.put(deal.id(), evidence.size());
        }
        List<Deal> deals = new java.util.ArrayList<>(reconciled);
        deals.sort(java.util.Comparator.comparingInt((Deal d) -> origins.get(d.id())).reversed()
                .thenComparing(java.util.Comparator.comparingInt((Deal d) -> documents.get(d.id())).reversed()));
        return List.copyOf(deals);
    }

    /** Every document behind a deal: its slots' and its events' sources, by id. */
    java.util.SortedSet<String> evidenceOf(Deal deal) {
        java.util.SortedSet<String> sources = new TreeSet<>();
        SlotRow.of(deal).forEach(row -> row.slot().ifPresent(s -> sources.addAll(s.sources())));
        eventsOf(deal).forEach(e -> e.sources().forEach(s -> sources.add(s.evidence().document())));
        return sources;
    }

    Optional<Document> document(String id) {
        return Optional.ofNullable(documents.get(id));
    }

    /**
     * The language a quote from this document is written in, when it is known and is a plain
     * language code ("de", "zh"); quotes are shown in their own language, never translated.
     */
    Optional<String> quoteLanguage(String documentId) {
        return document(documentId).flatMap(d -> d.metadata().language())
                .map(code -> code.toLowerCase(Locale.ROOT))
                .filter(code -> code.matches("[a-z]{2,3}(?:-[a-z0-9]{2,8})?"));
    }

    /** The language of a quote printed by several documents: the first of theirs that is known. */
    Optional<String> quoteLanguage(Quotes.Quote quote) {
        return quote.sources().stream().map(e -> quoteLanguage(e.document())).flatMap(Optional::stream).findFirst();
    }

    Optional<Event> event(String id) {
        return Optional.ofNullable(events.get(id));
    }

    List<Event> eventsOf(Deal deal) {
        return deal.events().stream().map(events::get).filter(java.util.Objects::nonNull).toList();
    }

    Optional<DocumentGroup> group(String documentId) {
        return Optional.ofNullable(groups.get(documentId));
    }

    /**
     * The origin a document's text stands for: its wire or agency, else its wire group, else the
     * document itself. Copies of one text count once.
     */
    String originOf(String documentId) {
        Optional<DocumentGroup> group = group(documentId);
        return group.flatMap(DocumentGroup::origin).map(o -> "origin:" + o)
                .or(() -> group.flatMap(DocumentGroup::wireGroup).map(w -> "wire:" + w))
                .orElse("document:" + documentId);
    }

    int originCount(Collection<String> documentIds) {
        Set<String> origins = new TreeSet<>();
        documentIds.forEach(id -> origins.add(originOf(id)));
        return origins.size();
    }

    /** A short name for a document: its outlet, else its title, else its source path. */
    String shortName(String documentId) {
        return document(documentId).map(d -> d.metadata().outlet()
                        .or(() -> d.metadata().title()).orElse(d.source()))
                .orElse(documentId);
    }

    /** "Outlet: Title", as much of it as is known; a title that only repeats the outlet is said once. */
    String citation(String documentId) {
        return document(documentId).map(d -> {
            Optional<String> outlet = d.metadata().outlet();
            Optional<String> title = d.metadata().title();
            if (outlet.isPresent() && title.isPresent() && !title.get().strip().equalsIgnoreCase(outlet.get().strip())) {
                return outlet.get() + ": " + title.get();
            }
            return outlet.or(() -> title).orElse(d.source());
        }).orElse(documentId);
    }

    Optional<Entity> entityNamed(String name) {
        return Optional.ofNullable(entitiesByName.get(name));
    }

    long failedDocuments() {
        return dossier.documents().stream().filter(d -> d.status() == dev.dossier.model.DocumentStatus.FAILED).count();
    }

    long skippedDocuments() {
        return dossier.documents().stream().filter(d -> d.status() == dev.dossier.model.DocumentStatus.SKIPPED).count();
    }
}
