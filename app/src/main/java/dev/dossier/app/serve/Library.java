package dev.dossier.app.serve;

import dev.dossier.model.Checks;
import dev.dossier.model.RawDocument;
import dev.dossier.pipeline.DocumentResult;
import dev.dossier.pipeline.PipelineConfig;
import dev.dossier.pipeline.Stages;
import dev.dossier.store.DossierStore;
import dev.dossier.store.changes.ChangeLog;
import dev.dossier.store.changes.ChangeSet;
import dev.dossier.store.changes.Since;
import dev.dossier.store.search.LuceneSearchIndex;
import dev.dossier.store.search.SearchIndex;
import dev.dossier.store.search.SearchQuery;
import dev.dossier.store.search.SearchResults;
import dev.dossier.store.update.AddResult;
import dev.dossier.store.update.StoreUpdater;
import dev.dossier.pipeline.AsOf;
import dev.dossier.pipeline.Pipeline;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the server serves: a store, its search index and the current {@link Snapshot}. Reads use
 * the snapshot; an add goes through the store (one at a time), then brings the index and the
 * snapshot up to the store and swaps the snapshot: an add worked out on what it touches is
 * spliced into both, any other reloads them whole. A store whose self-check found its reconciled
 * parts at odds with its documents is rebuilt before anything is served, so no half revision is
 * ever served; the index is built from the whole store each time the library opens.
 */
final class Library implements AutoCloseable {
    private final DossierStore store;
    private final StoreUpdater updater;
    private final SearchIndex index = new LuceneSearchIndex();
    private final Pipeline pipeline;
    /** Snapshots as of a date, for the current revision only; a few dates are kept. */
    private final Map<LocalDate, Snapshot> asOf = new java.util.LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<LocalDate, Snapshot> eldest) {
            return size() > MAX_DATES_KEPT;
        }
    };
    private volatile Snapshot snapshot;
    private static final int MAX_DATES_KEPT = 8;

    Library(DossierStore store, Stages stages) {
        this.store = Checks.present(store, "store");
        Stages kept = Checks.present(stages, "stages").remembering();
        this.updater = new StoreUpdater(kept, PipelineConfig.defaults(), store);
        this.pipeline = new Pipeline(kept, PipelineConfig.defaults());
        updater.repair();
        refresh();
    }

    Snapshot snapshot() {
        return snapshot;
    }

    /**
     * The dossier as it could have been written on {@code date}: the stored documents published
     * by then, grouped and reconciled anew (the same cut as {@code analyze --as-of}).
     */
    synchronized Snapshot snapshot(Optional<LocalDate> date) {
        if (date.isEmpty()) {
            return snapshot;
        }
        return asOf.computeIfAbsent(date.get(), day -> {
            AsOf.Cut cut = new AsOf(day).cut(store.documentResults());
            return new Snapshot(pipeline.assemble(cut.kept()).dossier(), snapshot.revision());
        });
    }

    /**
     * How deal {@code id}'s ledger fields changed as its articles were published (as of
     * {@code date}, or now), or empty when there is no such deal then.
     */
    synchronized Optional<List<SlotHistory.Step>> history(String id, Optional<LocalDate> date) {
        Snapshot base = snapshot(date);
        Optional<Views.DealPage> page = base.dealPage(id);
        if (page.isEmpty()) {
            return Optional.empty();
        }
        List<dev.dossier.pipeline.DocumentResult> results = store.documentResults();
        return Optional.of(SlotHistory.of(page.get().deal(), base.dossier(), page.get().documents().keySet(),
                day -> pipeline.assemble(new AsOf(day).cut(results).kept()).dossier()));
    }

    /**
     * The changes since {@code since} up to now; without it, the latest revision's own changes.
     *
     * @throws dev.dossier.store.changes.UnanswerableRevision when the store cannot answer for {@code since}
     */
    synchronized ChangeSet changes(Optional<Since> since) {
        ChangeLog log = new ChangeLog(store);
        if (since.isPresent()) {
            return log.since(log.revisionOf(since.get()));
        }
        return log.recent(0, 1).stream().findFirst().orElseGet(() -> log.since(store.revision()));
    }

    /** One change set per revision after {@code since} (all logged when empty), newest first, at most {@code limit}. */
    synchronized List<ChangeSet> revisions(Optional<Since> since, int limit) {
        ChangeLog log = new ChangeLog(store);
        return log.recent(since.map(log::revisionOf).orElse(0L), limit);
    }

    long revision() {
        return snapshot.revision();
    }

    SearchResults search(SearchQuery query) {
        return index.search(query);
    }

    synchronized AddResult add(List<RawDocument> raws) {
        AddResult result = updater.addRaw(raws);
        applied(result);
        return result;
    }

    /**
     * Brings the snapshot and the index up to the store after {@code result}, an add made on it.
     * A scoped add made on the snapshot's revision is spliced in: only the new documents and the
     * parts of the add's scopes are read, and only their index entries rewritten, so the cost
     * follows what the add touched, not the store's size. Any other change reloads everything.
     */
    synchronized void applied(AddResult result) {
        if (!result.changed()) {
            return;
        }
        long revision = store.revision();
        if (result.scoping().isEmpty() || revision != snapshot.revision() + 1) {
            refresh();
            return;
        }
        AddResult.Scoping scoping = result.scoping().get();
        List<DocumentResult> added = store.resultsOf(result.added());
        Snapshot next = snapshot.spliced(scoping, added, store.partsIn(scoping.scopes()), revision);
        index.update(next.dossier(), added);
        snapshot = next;
        asOf.clear();
    }

    /** Reloads the snapshot and the index from the whole store. */
    synchronized void refresh() {
        Snapshot fresh = new Snapshot(store.dossier(), store.revision());
        index.rebuild(fresh.dossier(), store.documentResults());
        snapshot = fresh;
        asOf.clear();
    }

    @Override
    public void close() {
        index.close();
    }
}
