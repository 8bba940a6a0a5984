package dev.dossier.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** How input arguments are told apart and named when their documents' sources would clash. */
final class InputNames {
    private InputNames() {}

    /** The same file or folder named two ways ({@code a}, {@code ./a}, a link to it) is one input. */
    static Path identity(Path input) {
        try {
            return input.toRealPath();
        } catch (IOException | SecurityException e) {
            return input.toAbsolutePath().normalize();
        }
    }

    /**
     * {@code source} with its input in front: {@code b/report.txt} for {@code report.txt} in the
     * folder {@code b}; for a single file (whose source is its own name, perhaps with a
     * {@code #record} suffix), the file's path as given.
     */
    static String qualified(Path input, String source) {
        String given = input.normalize().toString().replace('\\', '/');
        if (given.isEmpty()) {
            given = ".";
        }
        if (Files.isDirectory(input)) {
            return source.isEmpty() ? given : given + "/" + source;
        }
        int record = source.indexOf('#');
        return record < 0 ? given : given + source.substring(record);
    }
}
