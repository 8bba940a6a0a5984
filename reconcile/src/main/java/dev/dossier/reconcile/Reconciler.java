package dev.dossier.reconcile;

import dev.dossier.model.AnnotatedDocument;
import dev.dossier.model.Assertion;
import dev.dossier.model.Grouping;
import dev.dossier.model.Reconciliation;
import java.util.List;

/**
 * Merges every document's assertions into events, deals, slots, contradictions and a timeline. It
 * reads the grouping's wire groups and origins, never its stories, so that a pipeline may
 * reconcile while the stories are still being clustered ({@code Grouper.staged}).
 */
public interface Reconciler {
    Reconciliation reconcile(List<AnnotatedDocument> documents, List<Assertion> assertions, Grouping grouping);
}
