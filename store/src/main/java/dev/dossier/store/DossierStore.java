package dev.dossier.store;

import dev.dossier.model.Contradiction;
import dev.dossier.model.Deal;
import dev.dossier.model.Document;
import dev.dossier.model.Dossier;
import dev.dossier.model.Event;
import dev.dossier.model.Grouping;
import dev.dossier.model.Reconciliation;
import dev.dossier.group.GroupMemo;
import dev.dossier.group.GroupMemory;
import dev.dossier.group.MinHashGrouper;
import dev.dossier.pipeline.DocumentResult;
import dev.dossier.store.changes.LoggedRevision;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Where a dossier lives between runs: every document's per-document result (what reconcile
 * needs, so that re-reconciling never re-reads sources) and the reconciled parts (grouping,
 * entities, events, deals, contradictions, timeline). Lists come back in the order they were
 * saved; documents in the pipeline's order (by source, then id). Implementations are
 * thread-safe.
 */
public interface DossierStore extends AutoCloseable {

    /** Which of {@code ids} are stored already. */
    Set<String> containsDocuments(Collection<String> ids);

    /** Stores results whose document id is new; a result already stored is left as it is. Returns the ids added. */
    List<String> putDocuments(List<DocumentResult> results);

    /** Every stored per-document result, in the pipeline's order. */
    List<DocumentResult> documentResults();

    /** The stored results of the documents in {@code stories} (by the last saved grouping). */
    List<DocumentResult> documentResults(Collection<String> stories);

    /**
     * As {@link #commitAdd(List, Dossier)}, after a whole grouping: {@code memos} are what grouping
     * keeps of every stored document ({@code MinHashGrouper#memos}), so that later adds can be
     * {@link #commitScoped scoped}.
     */
    List<String> commitAdd(List<DocumentResult> results, Dossier dossier, List<GroupMemo> memos);

    /**
     * As {@link #commitAdd(List, Dossier)}, for a store that is {@link #scoped} already: the memos
     * kept stay, and {@code kept} adds the new documents' and moves the counts (its grouping rows
     * are not written: the dossier's grouping is).
     */
    List<String> commitAdd(List<DocumentResult> results, Dossier dossier, MinHashGrouper.Extension kept);

    /**
     * Whether an add may be {@link #commitScoped scoped}: the store keeps every document's grouping
     * memo and postings and its parts by scope (a store written before, or rebuilt without memos,
     * waits for one whole {@link #commitAdd(List, Dossier, List)}).
     */
    boolean scoped();

    /**
     * Commits an add worked out on the scopes it touches, in one transaction with its new
     * documents: grouping rows written over, memos kept, the parts of its scopes replaced, new
     * entities added, one revision logged. Returns the ids added.
     */
    List<String> commitScoped(ScopedAdd add);

    /** The documents posted under any of {@code keys} ({@code Scopes#postings}), sorted. */
    Set<String> documentsPosting(Collection<String> keys);

    /** The keys any of {@code documents} is posted under, sorted. */
    Set<String> postingsOf(Collection<String> documents);

    /** The stored results of the documents {@code ids}, in the pipeline's order. */
    List<DocumentResult> resultsOf(Collection<String> ids);

    /** The stored events, deals and contradictions of {@code scopes}, in order (no timeline). */
    Reconciliation partsIn(Collection<String> scopes);

    /** What grouping keeps of the stored documents, to group new ones against them. */
    GroupMemory groupMemory();

    /** Replaces the reconciled parts with those of {@code dossier}, writing only rows that changed. */
    void saveReconciled(Dossier dossier);

    /**
     * {@link #putDocuments} and {@link #saveReconciled} as one transaction: after a crash the
     * store holds either both (the new documents and the dossier built with them) or neither.
     * Returns the ids added.
     */
    List<String> commitAdd(List<DocumentResult> results, Dossier dossier);

    /** The grouping as last saved (what an add compares with, without reading the whole dossier). */
    Grouping grouping();

    /** The whole dossier as last saved. */
    Dossier dossier();

    List<Document> documents();

    Optional<Document> document(String id);

    List<Deal> deals();

    Optional<Deal> deal(String id);

    List<Event> events();

    List<Contradiction> contradictions();

    /**
     * What the store's self-check found when it opened, as still true now: when
     * {@link StoreHealth#reconcileNeeded()}, the reconciled parts must be rebuilt from the stored
     * documents ({@link #commitAdd} with no documents) before the dossier is served.
     */
    StoreHealth health();

    /** How many documents, deals, events and contradictions are stored, counted without reading them. */
    Sizes sizes();

    /** The store's size by part. */
    record Sizes(long documents, long deals, long events, long contradictions) {}

    /** Counts every change; a reader can tell that its copy is stale. */
    long revision();

    /**
     * The latest logged revision at or before {@code revision}, with the digest of the dossier it
     * committed; empty when none is logged that early (revision 0 is the empty store, never logged).
     */
    Optional<LoggedRevision> loggedRevision(long revision);

    /** Logged revisions after {@code after}, newest first, at most {@code limit}. */
    List<Long> loggedRevisions(long after, int limit);

    /** The last revision committed strictly before {@code instant}; empty when none was. */
    OptionalLong revisionCommittedBefore(Instant instant);

    /** The ids of the documents added after revision {@code after} up to revision {@code upTo}, sorted. */
    List<String> documentsAdded(long after, long upTo);

    @Override
    void close();
}
