/**
 * Raw document to clean body and metadata: front matter, junk-line removal, HTML main-content
 * extraction, title, outlet, author, publication date (with its basis) and language.
 * The only user of the HTML parser.
 *
 * <p>Depends on: model.
 */
package dev.dossier.extract;
