package dev.dossier.model;

import java.util.List;

/** One side of a contradiction: a value, the documents that give it, and who said it. */
public record ContradictionValue(String value, List<String> sources, int independentSources, List<String> attributedTo) {
    public ContradictionValue {
        Checks.text(value, "value");
        sources = Checks.list(sources, "sources");
        Checks.nonNegative(independentSources, "independentSources");
        attributedTo = Checks.list(attributedTo, "attributedTo");
    }
}
