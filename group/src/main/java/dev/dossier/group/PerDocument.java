package dev.dossier.group;

import dev.dossier.model.Document;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Something grouping works out from one document alone (its fingerprint, its story features, its
 * agency credit), either worked out at every call or, for a grouper that groups mostly the same
 * documents again and again (a store's updater), kept by document id. A kept value is used only
 * for the very document it was worked out from (the same object, or an equal one), so keeping
 * never changes an answer. Thread-safe.
 */
final class PerDocument<T> {
    private final Function<Document, T> work;
    /** Null when nothing is kept. */
    private final Map<String, Kept<T>> kept;

    /**
     * Works {@code work} out at every call, or, when {@code keep}, keeps what it gives for each
     * document id for as long as this lives.
     */
    PerDocument(Function<Document, T> work, boolean keep) {
        this.work = work;
        this.kept = keep ? new ConcurrentHashMap<>() : null;
    }

    T of(Document document) {
        if (kept == null) {
            return work.apply(document);
        }
        Kept<T> known = kept.get(document.id());
        if (known != null && (known.document() == document || known.document().equals(document))) {
            return known.value();
        }
        T value = work.apply(document);
        kept.put(document.id(), new Kept<>(document, value));
        return value;
    }

    /** A value and the document it was worked out from. */
    private record Kept<T>(Document document, T value) {}
}
