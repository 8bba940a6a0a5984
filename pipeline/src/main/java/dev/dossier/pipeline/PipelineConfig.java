package dev.dossier.pipeline;

/**
 * How a run is carried out. {@code threads} documents are read at once; output never depends
 * on it. {@code documentTimeoutMillis} bounds the per-document stages of one document (extract,
 * language layer, events), in CPU time of the thread reading it where the JVM measures that: a
 * document still being read after that much work fails with the stage it was stopped in, and
 * the run goes on. The default is far above any news article (a long
 * article reads in well under a second; see BENCHMARKS.md), so only pathological inputs meet it.
 */
public record PipelineConfig(int threads, long documentTimeoutMillis) {
    /** Two minutes of CPU: a long news article takes well under a second; see BENCHMARKS.md. */
    public static final long DEFAULT_DOCUMENT_TIMEOUT_MILLIS = 120_000;

    public PipelineConfig {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        if (documentTimeoutMillis < 1) {
            throw new IllegalArgumentException("documentTimeoutMillis must be positive: " + documentTimeoutMillis);
        }
    }

    public PipelineConfig(int threads) {
        this(threads, DEFAULT_DOCUMENT_TIMEOUT_MILLIS);
    }

    public static PipelineConfig defaults() {
        return new PipelineConfig(Math.max(1, Runtime.getRuntime().availableProcessors()));
    }
}
