/**
 * Sources to raw documents: plain files, folders (recursively, in a stable order), gzip, WARC
 * and WARC.gz (response and resource records), JSON Lines and RSS/Atom feeds. Size limits keep
 * one huge input from exhausting memory. A source that cannot give a document says why in the
 * raw document's problem ({@link dev.dossier.ingest.Problems}: "skipped: …" or a failure).
 *
 * <p>Depends on: model, jwarc, Jackson, Rome.
 */
package dev.dossier.ingest;
