package dev.dossier.ingest;

import dev.dossier.model.RawDocument;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Reads one input argument (a file or a folder, read recursively) into raw documents. A file
 * or record that cannot be read becomes a {@link RawDocument#failed failed} raw document with
 * its reason; it never stops the run. Documents are handed to {@code sink} in a deterministic
 * order that does not depend on the file system's listing order.
 */
public interface Ingestor {
    void read(Path input, Consumer<RawDocument> sink);
}
