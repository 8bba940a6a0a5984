package dev.dossier.extract;

import dev.dossier.model.Document;
import dev.dossier.model.RawDocument;

/**
 * Turns a raw document into a clean body and metadata. Never throws on bad input: a document
 * that cannot be read comes back skipped or failed with its reason. The same raw document
 * always gives the same body, so spans into it are stable.
 */
public interface Extractor {
    Document extract(RawDocument raw);
}
