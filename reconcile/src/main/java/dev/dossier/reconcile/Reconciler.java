package dev.dossier.reconcile;

import dev.dossier.model.AnnotatedDocument;
import dev.dossier.model.Assertion;
import dev.dossier.model.Grouping;
import dev.dossier.model.Reconciliation;
import java.util.List;

/** Merges every document's assertions into events, deals, slots, contradictions and a timeline. */
public interface Reconciler {
    Reconciliation reconcile(List<AnnotatedDocument> documents, List<Assertion> assertions, Grouping grouping);
}
