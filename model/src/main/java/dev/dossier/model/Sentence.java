package dev.dossier.model;

/** A sentence of a body, numbered from 0 in reading order. */
public record Sentence(int index, Span span) {
    public Sentence {
        Checks.nonNegative(index, "index");
        Checks.present(span, "span");
    }
}
