package dev.dossier.pipeline;

/** Hears how far a run has got. Called from the thread that runs the pipeline. */
public interface Progress {
    /**
     * {@code done} of {@code total} documents have been read, the last of them {@code source}. A run
     * that reads its inputs as it goes gives as {@code total} the documents found so far.
     */
    void documentRead(int done, int total, String source);

    Progress SILENT = (done, total, source) -> { };
}
