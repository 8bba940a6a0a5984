package dev.dossier.ingest;

import dev.dossier.model.RawDocument;

/**
 * How a source says it could not give a document. A reason starting with {@value #SKIPPED} means
 * the document was left out on purpose (too large, not a document); any other reason is a
 * failure (unreadable, truncated, corrupt). The extractor maps them to skipped and failed.
 */
public final class Problems {
    public static final String SKIPPED = "skipped: ";

    private Problems() {}

    public static RawDocument skipped(String source, String reason) {
        return RawDocument.failed(source, SKIPPED + reason);
    }

    public static RawDocument failed(String source, String reason) {
        return RawDocument.failed(source, reason);
    }
}
