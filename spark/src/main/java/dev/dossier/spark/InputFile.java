package dev.dossier.spark;

import java.io.Serializable;

/**
 * One input file found on the driver: where to read it ({@code uri}, any Hadoop file system),
 * the source path it is known by in the dossier, relative to the input argument exactly as
 * {@code dossier analyze} names it, and its size in bytes (to share the work out evenly).
 */
public record InputFile(String uri, String source, long bytes) implements Serializable {
    /** Compressed text is about four times as much text as its size says. */
    private static final int COMPRESSION = 4;

    /** The work this file is, in bytes of text: its size, scaled up when it is compressed. */
    public long weight() {
        String name = uri.toLowerCase(java.util.Locale.ROOT);
        return name.endsWith(".gz") || name.endsWith(".bz2") || name.endsWith(".zst") ? bytes * COMPRESSION : bytes;
    }

    public InputFile {
        if (uri == null || uri.isBlank() || source == null || source.isBlank()) {
            throw new IllegalArgumentException("an input file needs a uri and a source: " + uri + ", " + source);
        }
    }
}
