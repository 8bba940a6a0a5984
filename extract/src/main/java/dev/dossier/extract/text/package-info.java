/**
 * Plain text to an article: front matter, junk lines (lexicon in {@code junk-lines.tsv}, read in
 * zones; menus and breadcrumbs set out with |, /, &gt;, », · or gaps of two spaces), the header
 * (masthead, section label, headline, byline, date line) and the outlet and date clues the text
 * gives (a masthead with an outlet word from {@code outlet-words.tsv} among them), each with its
 * basis. Also used on the blocks of an HTML page.
 *
 * <p>Depends on: model, extract.meta.
 */
package dev.dossier.extract.text;
