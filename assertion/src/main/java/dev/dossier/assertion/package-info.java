/**
 * Sentences to event claims: trigger words for each event type, parties and system from the
 * entities around them, dates, values and quantities, polarity (denials), modality (plans,
 * hedges, reports) and attribution.
 *
 * <p>Depends on: model, nlp.
 */
package dev.dossier.assertion;
