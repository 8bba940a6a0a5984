package dev.dossier.reconcile;

import dev.dossier.model.AnnotatedDocument;
import dev.dossier.model.Assertion;
import dev.dossier.model.Grouping;
import dev.dossier.model.Reconciliation;
import java.util.List;

/** PLACEHOLDER (owner: reasoning helper replaces this file): no events. */
public final class EvidenceReconciler implements Reconciler {
    @Override
    public Reconciliation reconcile(List<AnnotatedDocument> documents, List<Assertion> assertions, Grouping grouping) {
        return new Reconciliation(List.of(), List.of(), List.of(), List.of(), List.of());
    }
}
