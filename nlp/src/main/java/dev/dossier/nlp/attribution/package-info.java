/**
 * Who stands behind a stretch of text: speakers, relaying agencies and stance. A speaker is named
 * as written (coordinated names joined: "A and B"); a place before a medium noun ("a Moscow
 * business daily", {@code media-nouns.tsv}) is where the medium is, and the medium is the
 * {@code via} of the sources it cites; the object of a preposition is never a speaker.
 *
 * <p>Depends on: model, nlp.text, nlp.lexicon.
 */
package dev.dossier.nlp.attribution;
