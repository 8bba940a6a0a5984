package dev.dossier.store;

import dev.dossier.model.Checks;
import java.util.List;

/**
 * What a store's self-check found when it opened. {@code repaired} says, one line each, what was
 * wrong and what was done about it (an interrupted revision rolled back, …).
 * {@code reconcileNeeded} says that the reconciled parts (grouping, events, deals, contradictions,
 * timeline) do not match the stored documents, so they must be rebuilt from those documents
 * before the dossier is served or extended; {@code problems} says why. What the store cannot
 * repair itself never comes back here: opening fails with a message that says how to repair it.
 */
public record StoreHealth(List<String> repaired, boolean reconcileNeeded, List<String> problems) {
    public static final StoreHealth SOUND = new StoreHealth(List.of(), false, List.of());

    public StoreHealth {
        repaired = Checks.list(repaired, "repaired");
        problems = Checks.list(problems, "problems");
    }

    public boolean sound() {
        return repaired.isEmpty() && !reconcileNeeded;
    }
}
