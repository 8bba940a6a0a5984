/**
 * Sentences to event claims: trigger words for each event type ({@code triggers.tsv}), parties
 * and system from the entities around them, dates, values and quantities, polarity (denials),
 * modality (plans, hedges, reports), batches, attribution, and document context for sentences
 * that answer an earlier claim without naming it. The entry point is {@link
 * dev.dossier.assertion.RuleAssertionReader}; everything else is package-private.
 *
 * <p>Depends on: model, nlp.
 */
package dev.dossier.assertion;
