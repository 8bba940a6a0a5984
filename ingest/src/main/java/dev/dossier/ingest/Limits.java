package dev.dossier.ingest;

/** Size limits that keep one huge input from exhausting memory. */
public record Limits(long maxDocumentBytes) {
    /** 50 MB: far above any news article, even a saved page with inline images. */
    public static final Limits STANDARD = new Limits(50L * 1024 * 1024);

    public Limits {
        if (maxDocumentBytes <= 0) {
            throw new IllegalArgumentException("maxDocumentBytes must be positive: " + maxDocumentBytes);
        }
    }
}
