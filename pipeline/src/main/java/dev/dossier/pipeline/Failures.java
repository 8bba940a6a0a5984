package dev.dossier.pipeline;

import dev.dossier.model.Document;
import dev.dossier.model.DocumentId;
import dev.dossier.model.DocumentStatus;
import dev.dossier.model.RawDocument;
import java.util.Optional;

/** Turns a stage's unexpected exception into a failed document, so that one bad file never stops a run. */
final class Failures {
    private Failures() {}

    static Document failed(RawDocument raw, Throwable cause) {
        String reason = cause.getClass().getSimpleName()
                + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
        return new Document(DocumentId.of(raw.source(), raw.content()), raw.source(), raw.metadata(), "",
                DocumentStatus.FAILED, Optional.of("internal error while reading: " + reason));
    }

    /** A document whose per-document stages ran past the time limit, with the stage they were in. */
    static Document stopped(RawDocument raw, long timeoutMillis, DocumentStage stage) {
        String seconds = timeoutMillis % 1000 == 0 ? Long.toString(timeoutMillis / 1000)
                : String.format(java.util.Locale.ROOT, "%.1f", timeoutMillis / 1000.0);
        return new Document(DocumentId.of(raw.source(), raw.content()), raw.source(), raw.metadata(), "",
                DocumentStatus.FAILED, Optional.of("stopped after " + seconds + " s in " + stage.description()
                        + " (the per-document limit on work)"));
    }
}
