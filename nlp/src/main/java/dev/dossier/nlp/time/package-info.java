/**
 * Time expressions: recognition and normalisation against the publication date.
 *
 * <p>Depends on: model.
 */
package dev.dossier.nlp.time;
