package dev.dossier.store.changes;

import dev.dossier.model.Checks;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The changes from revision {@code since} to revision {@code until}, with when each was
 * committed (unknown for a revision written before the log was kept) and the documents added
 * in between, each named with its source and title.
 */
public record ChangeSet(
        long since,
        Optional<Instant> sinceCommitted,
        long until,
        Optional<Instant> untilCommitted,
        List<AddedDocument> added,
        List<Change> changes) {

    public ChangeSet {
        if (since < 0) {
            throw new IllegalArgumentException("since must not be negative: " + since);
        }
        Checks.present(sinceCommitted, "sinceCommitted");
        Checks.present(untilCommitted, "untilCommitted");
        added = Checks.list(added, "added");
        changes = Checks.list(changes, "changes");
        if (until < since) {
            throw new IllegalArgumentException("until " + until + " is before since " + since);
        }
    }

    /** A document added after {@code since}: its id, source path, title and outlet when known. */
    public record AddedDocument(String id, String source, Optional<String> title, Optional<String> outlet,
            Optional<String> published) {
        public AddedDocument {
            Checks.text(id, "id");
            Checks.present(source, "source");
            Checks.present(title, "title");
            Checks.present(outlet, "outlet");
            Checks.present(published, "published");
        }
    }
}
