package dev.dossier.spark;

import java.io.Serializable;

/**
 * One input file found on the driver: where to read it ({@code uri}, any Hadoop file system)
 * and the source path it is known by in the dossier, relative to the input argument exactly as
 * {@code dossier analyze} names it.
 */
public record InputFile(String uri, String source) implements Serializable {
    public InputFile {
        if (uri == null || uri.isBlank() || source == null || source.isBlank()) {
            throw new IllegalArgumentException("an input file needs a uri and a source: " + uri + ", " + source);
        }
    }
}
