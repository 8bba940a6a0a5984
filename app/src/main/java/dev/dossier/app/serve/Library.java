package dev.dossier.app.serve;

import dev.dossier.model.Checks;
import dev.dossier.model.RawDocument;
import dev.dossier.pipeline.PipelineConfig;
import dev.dossier.pipeline.Stages;
import dev.dossier.store.DossierStore;
import dev.dossier.store.search.LuceneSearchIndex;
import dev.dossier.store.search.SearchIndex;
import dev.dossier.store.search.SearchQuery;
import dev.dossier.store.search.SearchResults;
import dev.dossier.store.update.AddResult;
import dev.dossier.store.update.StoreUpdater;
import java.util.List;

/**
 * What the server serves: a store, its search index and the current {@link Snapshot}. Reads use
 * the snapshot; an add goes through the store (one at a time), then rebuilds the index and swaps
 * the snapshot.
 */
final class Library implements AutoCloseable {
    private final DossierStore store;
    private final StoreUpdater updater;
    private final SearchIndex index = new LuceneSearchIndex();
    private volatile Snapshot snapshot;

    Library(DossierStore store, Stages stages) {
        this.store = Checks.present(store, "store");
        this.updater = new StoreUpdater(Checks.present(stages, "stages"), PipelineConfig.defaults(), store);
        refresh();
    }

    Snapshot snapshot() {
        return snapshot;
    }

    SearchResults search(SearchQuery query) {
        return index.search(query);
    }

    synchronized AddResult add(List<RawDocument> raws) {
        AddResult result = updater.addRaw(raws);
        if (result.changed()) {
            refresh();
        }
        return result;
    }

    /** Reloads the snapshot and the index from the store. */
    synchronized void refresh() {
        Snapshot fresh = new Snapshot(store.dossier(), store.revision());
        index.rebuild(fresh.dossier(), store.documentResults());
        snapshot = fresh;
    }

    @Override
    public void close() {
        index.close();
    }
}
