package dev.dossier.model;

import java.util.List;

/**
 * A deal field: its best-supported value, the documents behind it, how many independent origins
 * stand behind it, and whether other sources give an incompatible value.
 */
public record Slot<T>(T value, List<String> sources, int independentSources, boolean contested) {
    public Slot {
        Checks.present(value, "value");
        sources = Checks.list(sources, "sources");
        Checks.nonNegative(independentSources, "independentSources");
    }
}
