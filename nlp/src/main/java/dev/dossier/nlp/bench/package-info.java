/**
 * Benchmark entry points that write the prediction files the shared scorers read.
 *
 * <p>Depends on: model, nlp.text, nlp.lexicon.
 */
package dev.dossier.nlp.bench;
