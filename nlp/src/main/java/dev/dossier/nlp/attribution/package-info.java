/**
 * Who stands behind a stretch of text: speakers, relaying agencies and stance.
 *
 * <p>Depends on: model, nlp.text, nlp.lexicon.
 */
package dev.dossier.nlp.attribution;
