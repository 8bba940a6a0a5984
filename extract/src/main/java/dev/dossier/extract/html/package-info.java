/**
 * HTML main-content extraction on jsoup: declared metadata (JSON-LD, OpenGraph, meta tags, time
 * elements), pruning, container scoring, block rendering, then the line rules of
 * {@link dev.dossier.extract.text}. The only user of jsoup.
 *
 * <p>Depends on: model, extract.text, extract.meta, jsoup, Jackson (JSON-LD).
 */
package dev.dossier.extract.html;
