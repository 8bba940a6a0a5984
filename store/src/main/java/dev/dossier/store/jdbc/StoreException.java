package dev.dossier.store.jdbc;

/**
 * The database could not do what the store asked, or the store found itself damaged in a way it
 * cannot repair; carries the statement or location, and then how to repair it.
 */
public final class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** A damaged store: {@code message} says what is wrong and how to repair it. */
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message + (cause == null || cause.getMessage() == null ? "" : ": " + cause.getMessage()), cause);
    }
}
