package dev.dossier.store.changes;

/** A "since" the store cannot answer: past its current revision, or older than its revision log. */
public final class UnanswerableRevision extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    UnanswerableRevision(String message) {
        super(message);
    }
}
