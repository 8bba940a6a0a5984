/**
 * Money and counted quantities, with approximation marks.
 *
 * <p>Depends on: model, nlp.text, nlp.lexicon.
 */
package dev.dossier.nlp.amount;
