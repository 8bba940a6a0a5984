/**
 * Who stands behind a stretch of text: speakers, relaying agencies and stance. A speaker is named
 * as written (coordinated names joined: "A and B"); a place before a medium noun ("a Moscow
 * business daily", {@code media-nouns.tsv}) is where the medium is, and the medium is the
 * {@code via} of the sources it cites; the object of a preposition is never a speaker. A bare
 * "the agency", "the publication" is the latest body named before it that the noun fits; a lone
 * surname is the person of the document who bears it; "this was announced by X" points back to the
 * previous sentence or paragraph. Reporting verbs ({@code speech-verbs.tsv}) and the words around
 * them ({@code reporting-words.tsv}: "that", "according to", auxiliaries) are data, in English and
 * the other languages of the news read (French, German, Spanish, Russian, Indonesian, Polish).
 * Chinese, written without spaces, has its own frames ({@code UnspacedFrames}: "X表示，…",
 * "据X报道，…"), read from the same data file.
 *
 * <p>Depends on: model, nlp.text, nlp.lexicon.
 */
package dev.dossier.nlp.attribution;
