/**
 * Cross-document reasoning. {@link dev.dossier.reconcile.EvidenceReconciler} first gives each claim
 * that names its system only by category ("the drones") the system the other claims about the same
 * parties name ({@code CategorySystems}), then clusters assertions
 * into events (same type, compatible parties, system, batch and dates), builds one deal per
 * supplier → recipient → system (a later batch with a contract of its own follows the first;
 * contracts a decade or more apart are separate procurements; a triple only ever denied or
 * hedged is no deal), picks each deal slot's value by the number of independent origins behind
 * it (wire copies and relayed quotes of one speaker count once) and keeps the sentences that
 * state it, and keeps every disagreement visible as a value, self, polarity or chronology
 * contradiction with a one-sentence explanation, and orders the timeline.
 *
 * <p>What counts as a disagreement: figures agree within the rounding of the less precise one
 * ({@code Sums}); figures in two currencies never back one side and are disputed only when no
 * rate of the last decade joins them ({@code reference-rates.tsv}); counts of different kinds
 * of things never dispute each other ({@code unit-kinds.tsv}); one article giving two values is a
 * self contradiction, not a dispute between sources. Lists follow sorted keys, never input
 * order; ids (e-…, d-…, c-…) are hashes of what makes each thing what it is ({@code Ids}), so a
 * reconcile of some deals' claims gives them the ids a reconcile of everything gives them.
 *
 * <p>Depends on: model.
 */
package dev.dossier.reconcile;
