/**
 * Cross-document reasoning: events merged across sources ({@link dev.dossier.reconcile.EvidenceReconciler}),
 * deals and their slots with the number of independent origins behind each value, contradictions
 * (value, polarity, chronology, self) with a plain-English explanation each, and the timeline.
 *
 * <p>Depends on: model.
 */
package dev.dossier.reconcile;
