/**
 * Cross-document reasoning. {@link dev.dossier.reconcile.EvidenceReconciler} clusters assertions
 * into events (same type, compatible parties, system, batch and dates), builds one deal per
 * supplier → recipient → system (a later batch with a contract of its own follows the first),
 * picks each deal slot's value by the number of independent origins behind it (wire copies and
 * relayed quotes of one speaker count once), keeps every disagreement visible as a value, self,
 * polarity or chronology contradiction with a one-sentence explanation, and orders the timeline.
 * Ids (e1…, d1…, c1…) follow sorted keys, never input order.
 *
 * <p>Depends on: model.
 */
package dev.dossier.reconcile;
