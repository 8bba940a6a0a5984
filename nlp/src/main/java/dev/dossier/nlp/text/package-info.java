/**
 * Tokens and sentences over an unaltered body, and character folding for matching.
 *
 * <p>Depends on: model, nlp.lexicon (resource reading).
 */
package dev.dossier.nlp.text;
