package dev.dossier.pipeline;

/**
 * How a run is carried out. {@code threads} documents are read at once; output never depends
 * on it.
 */
public record PipelineConfig(int threads) {
    public PipelineConfig {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
    }

    public static PipelineConfig defaults() {
        return new PipelineConfig(Math.max(1, Runtime.getRuntime().availableProcessors()));
    }
}
