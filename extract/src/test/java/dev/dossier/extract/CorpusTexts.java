package dev.dossier.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * The real-looking texts that tests of a fast path compare it with its reference on: the project's
 * examples, and the real corpus and the seeds when {@code ../shared} is beside the checkout. A test
 * run without the examples is skipped, not passed.
 */
public final class CorpusTexts {
    private CorpusTexts() {}

    /** Every file of those folders, each folder's files in path order. */
    public static List<Path> files() {
        Path root = Path.of(System.getProperty("dossier.root", "../.."));
        Path shared = Path.of(System.getProperty("dossier.shared", "../../shared"));
        Assumptions.assumeTrue(Files.isDirectory(root.resolve("examples")), "no examples under " + root);
        List<Path> folders = new ArrayList<>(List.of(root.resolve("examples")));
        if (Files.isDirectory(shared.resolve("eval/real/articles"))) {
            folders.add(shared.resolve("eval/real/articles"));
            folders.add(shared.resolve("seeds"));
        }
        List<Path> all = new ArrayList<>();
        for (Path folder : folders) {
            try (Stream<Path> files = Files.walk(folder)) {
                all.addAll(files.filter(Files::isRegularFile).sorted().toList());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return all;
    }

    /** One file's text (UTF-8). */
    public static String text(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
