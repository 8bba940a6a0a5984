package dev.dossier.report.compare;

import dev.dossier.model.Checks;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/** Writes a comparison's files, each to a temporary sibling first and then moved into place. */
public final class CompareReports {
    /** The files {@link #writeAll} writes. */
    public static final List<String> FILES = List.of("compare.json", "compare.md");

    private CompareReports() {}

    /** @throws IOException naming the file or folder that could not be written */
    public static void writeAll(Comparison comparison, Path dir) throws IOException {
        Checks.present(comparison, "comparison");
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new IOException("cannot create output folder " + dir + ": " + e, e);
        }
        write(dir.resolve("compare.json"), json(comparison));
        write(dir.resolve("compare.md"), markdown(comparison));
    }

    public static String json(Comparison comparison) {
        return CompareJson.write(comparison);
    }

    public static String markdown(Comparison comparison) {
        return CompareMarkdown.write(comparison);
    }

    private static void write(Path file, String text) throws IOException {
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            Files.deleteIfExists(temporary);
            throw new IOException("cannot write " + file + ": " + e, e);
        }
    }
}
