/**
 * Entity mentions: lexicon entities (countries, organisations, weapon systems) and people from cues.
 *
 * <p>Depends on: model, nlp.text, nlp.lexicon.
 */
package dev.dossier.nlp.entity;
