/**
 * Sources to raw documents: plain files, folders (recursively, in a stable order), gzip, WARC
 * and WARC.gz (response and resource records), JSON Lines and RSS/Atom feeds.
 *
 * <p>Depends on: model.
 */
package dev.dossier.ingest;
