package dev.dossier.store.changes;

import dev.dossier.model.Checks;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One row of the store's revision log: the revision, when it was committed (empty for the
 * baseline of a store written before the log was kept), the documents it added and the digest
 * of the dossier it committed.
 */
public record LoggedRevision(long revision, Optional<Instant> committedAt, List<String> addedDocuments,
        Digest digest) {
    public LoggedRevision {
        Checks.present(committedAt, "committedAt");
        addedDocuments = Checks.list(addedDocuments, "addedDocuments");
        Checks.present(digest, "digest");
    }

    /** Revision 0: the empty store, before anything was added. */
    public static LoggedRevision empty() {
        return new LoggedRevision(0, Optional.empty(), List.of(), Digest.EMPTY);
    }
}
