/**
 * Raw document to clean body and metadata: {@link dev.dossier.extract.CascadeExtractor} decodes
 * the bytes, reads HTML ({@code html}) or text ({@code text}) and identifies the language
 * ({@code lang}). A raw document whose problem starts with "skipped: " (see
 * {@code dev.dossier.ingest.Problems}) comes out skipped, any other problem failed.
 * The only user of the HTML parser. Lexicons are TSV resources next to these classes.
 *
 * <p>Depends on: model, jsoup, Jackson.
 */
package dev.dossier.extract;
