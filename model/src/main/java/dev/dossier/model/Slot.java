package dev.dossier.model;

import java.util.List;

/**
 * A deal field: its best-supported value, the documents behind it, how many independent origins
 * stand behind it, whether other sources give an incompatible value, and the sentences that state
 * the value ({@code evidence}: only the claims of the chosen side, once per document and span; the
 * other sentences of the deal's events stay under those events).
 */
public record Slot<T>(T value, List<String> sources, int independentSources, boolean contested,
        List<Evidence> evidence) {
    public Slot {
        Checks.present(value, "value");
        sources = Checks.list(sources, "sources");
        Checks.nonNegative(independentSources, "independentSources");
        evidence = Checks.list(evidence, "evidence");
    }

    /** A slot whose stating sentences are not kept (built by hand, or read back from a summary). */
    public Slot(T value, List<String> sources, int independentSources, boolean contested) {
        this(value, sources, independentSources, contested, List.of());
    }
}
