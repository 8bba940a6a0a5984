/**
 * Lexicon resources (TSV with a source line) and the gazetteer that finds their aliases.
 *
 * <p>Depends on: model, nlp.text.
 */
package dev.dossier.nlp.lexicon;
