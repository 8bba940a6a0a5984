package dev.dossier.store.search;

import dev.dossier.model.Dossier;
import dev.dossier.pipeline.DocumentResult;
import java.util.List;

/**
 * Full-text search over documents (title and body) and claims (the quotes of event sources),
 * with filters by country, system, event type and date range. Implementations are thread-safe:
 * searches may run while the index is rebuilt or updated, and see the old or the new index, never a mix.
 */
public interface SearchIndex extends AutoCloseable {

    /** Replaces the indexed content with {@code dossier}'s; {@code results} give each document's mentions. */
    void rebuild(Dossier dossier, List<DocumentResult> results);

    /**
     * Brings the index from the dossier it holds to {@code dossier}, the same plus the
     * {@code added} documents (their results give their mentions) with some events replaced, as
     * after a scoped add: only the entries of what differs are rewritten. Searches after it find
     * what they would after {@link #rebuild} from the same store.
     */
    void update(Dossier dossier, List<DocumentResult> added);

    SearchResults search(SearchQuery query);

    @Override
    void close();
}
