package dev.dossier.group;

import dev.dossier.model.Span;
import java.util.Objects;

/** Where a shared passage sits: a document id and a span of its body. */
public record Passage(String document, Span span) implements Comparable<Passage> {
    public Passage {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(span, "span");
    }

    @Override
    public int compareTo(Passage other) {
        int byDocument = document.compareTo(other.document);
        return byDocument != 0 ? byDocument : span.compareTo(other.span);
    }
}
