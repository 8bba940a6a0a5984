/**
 * The language layer: sentences and tokens, entities from lexicons (countries, organisations,
 * weapon systems) and cues (people), dates normalised against the publication date, money,
 * quantities, quotes and attribution.
 *
 * <p>Depends on: model.
 */
package dev.dossier.nlp;
