/**
 * The language layer: sentences and tokens, entities from lexicons (countries, organisations,
 * weapon systems, places, well-known people) and cues (people, unlisted organisations and places),
 * dates normalised against the publication date, money, quantities, quotes and attribution.
 * {@link dev.dossier.nlp.LanguageAnnotator} runs it all in one pass.
 *
 * <p>Sub-packages: {@code text} (tokens, sentences), {@code lexicon} (resource files under
 * {@code dev/dossier/nlp/lexicon/}, each a TSV with a source line, and the gazetteer),
 * {@code entity}, {@code amount}, {@code attribution}, {@code time} (time expressions) and
 * {@code bench} (benchmark entry points).
 *
 * <p>Depends on: model.
 */
package dev.dossier.nlp;
