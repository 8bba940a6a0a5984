/**
 * Cross-document reasoning: events merged across sources, deals and their slots with the
 * number of independent origins behind each value, contradictions (value, polarity,
 * chronology, self) and the timeline.
 *
 * <p>Depends on: model.
 */
package dev.dossier.reconcile;
