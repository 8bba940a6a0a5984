package dev.dossier.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The files kept beside this package: the report's style sheet and its word lists. */
final class ReportResources {
    private ReportResources() {}

    /** The whole file, UTF-8. A missing one is a packaging bug, so it fails loudly. */
    static String text(String name) {
        try (InputStream in = ReportResources.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource dev/dossier/report/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource dev/dossier/report/" + name, e);
        }
    }

    /** One entry per line; blank lines and {@code #} comments left out. */
    static List<String> lines(String name) {
        return text(name).lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .toList();
    }
}
