package dev.dossier.store.changes;

import dev.dossier.model.Checks;
import dev.dossier.store.DossierStore;
import dev.dossier.store.changes.ChangeSet.AddedDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads changes out of a store's revision log: since a revision or a moment up to now, or one
 * entry per recent revision (for a feed). Exact: it compares the digests the store committed,
 * not two exports.
 */
public final class ChangeLog {
    private final DossierStore store;

    public ChangeLog(DossierStore store) {
        this.store = Checks.present(store, "store");
    }

    /** The revision {@code since} stands for: itself, or the last one committed before the moment. */
    public long revisionOf(Since since) {
        if (since instanceof Since.Revision r) {
            return r.number();
        }
        return store.revisionCommittedBefore(((Since.Moment) since).instant()).orElse(0L);
    }

    /**
     * Everything that changed after revision {@code since} up to the store's current revision.
     *
     * @throws UnanswerableRevision when {@code since} is past the current revision or older
     *     than the store's log (a store written before the log was kept)
     */
    public ChangeSet since(long since) {
        long current = store.revision();
        if (since > current) {
            throw new UnanswerableRevision("revision " + since + " is past the store's current revision "
                    + current);
        }
        LoggedRevision from = logged(since).orElseThrow(() -> new UnanswerableRevision("revision " + since
                + " is older than the store's revision log; the earliest logged revision is "
                + earliest()));
        return between(from, since, now(current));
    }

    /** One change set per logged revision after {@code after}, newest first, at most {@code limit}. */
    public List<ChangeSet> recent(long after, int limit) {
        List<ChangeSet> sets = new ArrayList<>();
        for (long revision : store.loggedRevisions(after, limit)) {
            LoggedRevision to = store.loggedRevision(revision).orElseThrow();
            LoggedRevision from = store.loggedRevision(revision - 1).orElse(LoggedRevision.empty());
            if (revision - 1 > 0 && from.revision() == 0) {
                continue;
            }
            sets.add(between(from, from.revision(), to));
        }
        return List.copyOf(sets);
    }

    private ChangeSet between(LoggedRevision from, long since, LoggedRevision to) {
        List<String> added = store.documentsAdded(since, to.revision());
        List<Change> changes = ChangeFinder.changes(from.digest(), to.digest(), added);
        return new ChangeSet(since, from.revision() == since ? from.committedAt() : Optional.empty(), to.revision(),
                to.committedAt(), added.stream().map(this::document).toList(), changes);
    }

    private Optional<LoggedRevision> logged(long revision) {
        return revision == 0 ? Optional.of(LoggedRevision.empty()) : store.loggedRevision(revision);
    }

    /** The current revision as logged, or (a store not written since the log began) its dossier now. */
    private LoggedRevision now(long current) {
        return store.loggedRevision(current).filter(r -> r.revision() == current)
                .orElseGet(() -> new LoggedRevision(current, Optional.empty(), List.of(), Digest.of(store.dossier())));
    }

    private String earliest() {
        List<Long> all = store.loggedRevisions(0, Integer.MAX_VALUE);
        return all.isEmpty() ? "none (nothing was added since the log began)" : Long.toString(all.get(all.size() - 1));
    }

    private AddedDocument document(String id) {
        return store.document(id).map(d -> new AddedDocument(id, d.source(), d.metadata().title(),
                d.metadata().outlet(), d.metadata().published().map(p -> p.date().iso())))
                .orElse(new AddedDocument(id, "", Optional.empty(), Optional.empty(), Optional.empty()));
    }
}
