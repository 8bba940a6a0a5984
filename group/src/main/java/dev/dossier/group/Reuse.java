package dev.dossier.group;

import java.util.List;
import java.util.Objects;

/**
 * One passage (paragraph or quotation) that appears in documents of different wire groups: partial
 * reuse, for reconcile to count one origin where several articles relay one text. {@code passages}
 * are sorted by document id, then span, and span at least two documents.
 */
public record Reuse(ReuseKind kind, List<Passage> passages) {
    public Reuse {
        Objects.requireNonNull(kind, "kind");
        passages = List.copyOf(passages);
        if (passages.stream().map(Passage::document).distinct().count() < 2) {
            throw new IllegalArgumentException("a reuse needs passages in two documents: " + passages);
        }
    }

    /** The documents that share this passage, sorted. */
    public List<String> documents() {
        return passages.stream().map(Passage::document).distinct().sorted().toList();
    }
}
