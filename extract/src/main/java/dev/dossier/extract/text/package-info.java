/**
 * Plain text to an article: front matter, junk lines (lexicon in {@code junk-lines.tsv}, read in
 * zones), the header (headline, byline, date line) and the outlet and date clues the text gives,
 * each with its basis. Also used on the blocks of an HTML page.
 *
 * <p>Depends on: model, extract.meta.
 */
package dev.dossier.extract.text;
