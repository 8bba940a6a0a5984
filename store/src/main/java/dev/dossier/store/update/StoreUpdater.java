package dev.dossier.store.update;

import dev.dossier.model.AnnotatedDocument;
import dev.dossier.model.Assertion;
import dev.dossier.model.Checks;
import dev.dossier.model.Document;
import dev.dossier.model.DocumentGroup;
import dev.dossier.model.DocumentId;
import dev.dossier.model.DocumentStatus;
import dev.dossier.model.Dossier;
import dev.dossier.model.Entity;
import dev.dossier.model.Grouping;
import dev.dossier.model.Mention;
import dev.dossier.model.RawDocument;
import dev.dossier.model.Reconciliation;
import dev.dossier.pipeline.DocumentResult;
import dev.dossier.pipeline.Stages;
import dev.dossier.store.DossierStore;
import java.nio.file.Path;
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
 * The incremental add: new articles go into an existing store and the dossier is rebuilt from
 * the stored per-document results, without re-reading any earlier source. Documents already
 * stored (same source path, same bytes) are not read again, and an add that brings nothing new
 * writes nothing. Grouping runs over every stored document (a new article can make an old one a
 * wire copy, or join two stories); the stories whose membership, wire groups or origins change
 * are reported as touched.
 *
 * <p>Until {@code Pipeline} offers its per-document and group+reconcile halves as public
 * methods, this class composes them from {@link Stages} in the same order (see the report).
 * Writers must not run concurrently on one store; callers serialise adds.
 */
public final class StoreUpdater {
    private final Stages stages;
    private final DossierStore store;

    public StoreUpdater(Stages stages, DossierStore store) {
        this.stages = Checks.present(stages, "stages");
        this.store = Checks.present(store, "store");
    }

    /** Reads {@code inputs} (files or folders) and adds what is new. */
    public AddResult add(List<Path> inputs) {
        Map<String, RawDocument> bySource = new TreeMap<>();
        for (Path input : inputs) {
            stages.ingestor().read(input, raw -> bySource.putIfAbsent(raw.source(), raw));
        }
        return addRaw(List.copyOf(bySource.values()));
    }

    /** Adds raw documents (as posted to the API, or ingested by {@link #add}). */
    public synchronized AddResult addRaw(List<RawDocument> raws) {
        List<RawDocument> sorted = new ArrayList<>(raws);
        sorted.sort(Comparator.comparing(RawDocument::source));
        Set<String> known = store.containsDocuments(sorted.stream().map(StoreUpdater::idOf).toList());
        List<DocumentResult> fresh = new ArrayList<>();
        List<String> alreadyStored = new ArrayList<>();
        for (RawDocument raw : sorted) {
            if (known.contains(idOf(raw))) {
                alreadyStored.add(idOf(raw));
            } else {
                fresh.add(readDocument(raw));
            }
        }
        List<String> added = store.putDocuments(fresh);
        if (added.isEmpty()) {
            return new AddResult(List.of(), alreadyStored, List.of(), List.of());
        }
        Grouping before = store.dossier().grouping();
        Dossier dossier = rebuild(store.documentResults());
        store.saveReconciled(dossier);
        return new AddResult(added, alreadyStored, unreadable(fresh, added), touched(before, dossier.grouping(), added));
    }

    /** Group and reconcile over every stored result: what {@code Pipeline.run} does after its per-document part. */
    public Dossier rebuild(List<DocumentResult> results) {
        List<Document> documents = results.stream().map(r -> r.annotated().document()).toList();
        Grouping grouping = stages.grouper().group(documents);
        List<Assertion> assertions = results.stream().flatMap(r -> r.assertions().stream()).toList();
        List<AnnotatedDocument> annotated = results.stream().map(DocumentResult::annotated).toList();
        Reconciliation reconciled = stages.reconciler().reconcile(annotated, assertions, grouping);
        return new Dossier(documents, grouping, entitiesOf(annotated), reconciled.events(), reconciled.deals(),
                reconciled.contradictions(), reconciled.timeline(), reconciled.undated());
    }

    /** extract → annotate → assert, as {@code Pipeline.readDocument}; a stage's exception fails the document only. */
    DocumentResult readDocument(RawDocument raw) {
        try {
            Document document = stages.extractor().extract(raw);
            if (!document.ok()) {
                return new DocumentResult(AnnotatedDocument.bare(document), List.of());
            }
            AnnotatedDocument annotated = stages.annotator().annotate(document);
            return new DocumentResult(annotated, stages.assertions().read(annotated));
        } catch (RuntimeException e) {
            String reason = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            Document failed = new Document(idOf(raw), raw.source(), raw.metadata(), "", DocumentStatus.FAILED,
                    Optional.of("internal error while reading: " + reason));
            return new DocumentResult(AnnotatedDocument.bare(failed), List.of());
        }
    }

    private static String idOf(RawDocument raw) {
        return DocumentId.of(raw.source(), raw.content());
    }

    private static List<String> unreadable(List<DocumentResult> fresh, List<String> added) {
        return fresh.stream().map(r -> r.annotated().document())
                .filter(d -> !d.ok() && added.contains(d.id())).map(Document::id).toList();
    }

    /** Stories of the new documents, and every story (old or new) of a document whose group changed. */
    static List<String> touched(Grouping before, Grouping after, List<String> added) {
        Map<String, DocumentGroup> old = before.byDocument();
        Set<String> stories = new TreeSet<>();
        for (DocumentGroup group : after.groups()) {
            DocumentGroup previous = old.get(group.document());
            if (added.contains(group.document()) || !group.equals(previous)) {
                stories.add(group.story());
                if (previous != null) {
                    stories.add(previous.story());
                }
            }
        }
        return List.copyOf(stories);
    }

    /** Each entity mentioned anywhere, once, ordered by id (as the pipeline lists them). */
    private static List<Entity> entitiesOf(List<AnnotatedDocument> annotated) {
        Map<String, Entity> byId = new TreeMap<>();
        for (AnnotatedDocument doc : annotated) {
            for (Mention mention : doc.mentions()) {
                byId.putIfAbsent(mention.entity().id(), mention.entity());
            }
        }
        return List.copyOf(new LinkedHashMap<>(byId).values());
    }
}
