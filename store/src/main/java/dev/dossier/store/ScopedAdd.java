package dev.dossier.store;

import dev.dossier.model.Checks;
import dev.dossier.group.MinHashGrouper;
import dev.dossier.model.Entity;
import dev.dossier.model.Reconciliation;
import dev.dossier.pipeline.DocumentResult;
import java.util.List;
import java.util.Set;

/**
 * An add worked out on what it touches only ({@code StoreUpdater}): the new documents, the
 * grouping rows that are new or changed, the scopes whose parts were re-reconciled with the parts
 * that replace them, and the entities the new documents name.
 *
 * @param results  the new documents' results
 * @param grouping grouping rows of the new documents and of every stored document whose row
 *                 changed, what grouping keeps of the new documents, and how its counts move
 * @param scopes   the scopes whose stored parts {@code parts} replace
 * @param parts    the events, deals and contradictions of {@code scopes}, as one reconcile of them gave
 * @param entities the entities the new documents name (those already stored are left as they are)
 */
public record ScopedAdd(List<DocumentResult> results, MinHashGrouper.Extension grouping,
        Set<String> scopes, Reconciliation parts, List<Entity> entities) {
    public ScopedAdd {
        results = Checks.list(results, "results");
        Checks.present(grouping, "grouping");
        scopes = Set.copyOf(Checks.present(scopes, "scopes"));
        Checks.present(parts, "parts");
        entities = Checks.list(entities, "entities");
    }
}
