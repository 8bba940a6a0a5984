package dev.dossier.store.update;

import dev.dossier.model.Checks;
import dev.dossier.model.Document;
import dev.dossier.model.DocumentGroup;
import dev.dossier.model.DocumentId;
import dev.dossier.model.Dossier;
import dev.dossier.model.Grouping;
import dev.dossier.model.RawDocument;
import dev.dossier.pipeline.DocumentResult;
import dev.dossier.pipeline.Pipeline;
import dev.dossier.pipeline.PipelineConfig;
import dev.dossier.pipeline.Stages;
import dev.dossier.store.DossierStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The incremental add: new articles go into an existing store and the dossier is rebuilt from
 * the stored per-document results, without re-reading any earlier source. Documents already
 * stored (same source path, same bytes) are not read again, and an add that brings nothing new
 * writes nothing. Grouping runs over every stored document (a new article can make an old one a
 * wire copy, or join two stories); the stories whose membership, wire groups or origins change
 * are reported as touched. The per-document and group+reconcile halves are
 * {@link Pipeline#readAll} and {@link Pipeline#assemble}, so the store's dossier is the one
 * {@code Pipeline.run} gives for the same documents. A caller that adds many times with one
 * updater (the server) gives it {@link Stages#remembering} stages, so that each add works out the
 * stored documents' fingerprints and story features once, not again.
 *
 * <p>Writers must not run concurrently on one store; this class serialises its own adds.
 */
public final class StoreUpdater {
    private final Pipeline pipeline;
    private final DossierStore store;

    public StoreUpdater(Stages stages, PipelineConfig config, DossierStore store) {
        this.pipeline = new Pipeline(Checks.present(stages, "stages"), Checks.present(config, "config"));
        this.store = Checks.present(store, "store");
    }

    /** Reads {@code inputs} (files or folders) and adds what is new. */
    public AddResult add(List<Path> inputs) {
        return addRaw(pipeline.ingest(inputs));
    }

    /**
     * Adds raw documents (as posted to the API, or ingested by {@link #add}). The dossier is
     * rebuilt before anything is written, so a stage that throws leaves the store as it was, and
     * the new documents and the rebuilt dossier are committed in one transaction. A store whose
     * reconciled parts lag behind its documents (one written before adds were one transaction), or
     * whose self-check on opening found them at odds with its documents, is rebuilt by the next
     * add even when that add brings nothing new ({@link #repair}).
     */
    public synchronized AddResult addRaw(List<RawDocument> raws) {
        List<RawDocument> sorted = new ArrayList<>(raws);
        sorted.sort(Comparator.comparing(RawDocument::source));
        Set<String> known = store.containsDocuments(sorted.stream().map(StoreUpdater::idOf).toList());
        List<String> alreadyStored = sorted.stream().map(StoreUpdater::idOf).filter(known::contains).toList();
        List<RawDocument> fresh = sorted.stream().filter(raw -> !known.contains(idOf(raw))).toList();
        List<DocumentResult> read = unique(pipeline.readAll(fresh, dev.dossier.pipeline.Progress.SILENT));
        Grouping before = store.grouping();
        List<DocumentResult> stored = store.documentResults();
        if (read.isEmpty() && before.groups().size() == stored.size() && !store.health().reconcileNeeded()) {
            return new AddResult(List.of(), alreadyStored, List.of(), List.of());
        }
        List<DocumentResult> all = new ArrayList<>(stored);
        all.addAll(read);
        Dossier dossier = pipeline.assemble(all).dossier();
        List<String> added = store.commitAdd(read, dossier);
        return new AddResult(added, alreadyStored, unreadable(read, added), touched(before, dossier.grouping(), added));
    }

    /**
     * Rebuilds the reconciled parts from the stored documents when the store's self-check found
     * them at odds ({@link DossierStore#health}); returns whether it did. A store that is sound
     * is left as it is.
     */
    public synchronized boolean repair() {
        if (!store.health().reconcileNeeded()) {
            return false;
        }
        addRaw(List.of());
        return true;
    }

    /** One result per document id (two raw documents can only share an id if they share source and bytes). */
    private static List<DocumentResult> unique(List<DocumentResult> results) {
        Map<String, DocumentResult> byId = new java.util.LinkedHashMap<>();
        results.forEach(r -> byId.putIfAbsent(r.annotated().document().id(), r));
        return List.copyOf(byId.values());
    }

    private static String idOf(RawDocument raw) {
        return DocumentId.of(raw.source(), raw.content());
    }

    private static List<String> unreadable(List<DocumentResult> read, List<String> added) {
        return read.stream().map(r -> r.annotated().document())
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
}
