package dev.dossier.extract.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.dossier.extract.CascadeExtractor;
import dev.dossier.ingest.FileIngestor;
import dev.dossier.model.Document;
import dev.dossier.model.RawDocument;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Coverage-guided fuzz targets, one per reader: bytes are saved under the reader's file name
 * and go through ingestion and extraction as a user's file would. The contract each checks:
 * nothing is thrown, every record ends as a document (ok, skipped or failed), and no input
 * takes longer than {@value #MAX_MILLIS_PER_INPUT} ms.
 *
 * <p>A plain {@code mvn test} runs each target on its kept inputs (regression mode: the files
 * under {@code ReaderFuzzTestInputs/<method>/}, where every crasher found is kept as a fixture).
 * {@code eval/fuzz.sh} fuzzes for real, one target at a time ({@code JAZZER_FUZZ=1}).
 */
class ReaderFuzzTest {
    static final long MAX_MILLIS_PER_INPUT = 10_000;
    private static final CascadeExtractor EXTRACTOR = new CascadeExtractor();
    private static final Path DIR = scratch();

    @FuzzTest(maxDuration = "30s")
    void text(byte[] bytes) {
        read("article.txt", bytes);
    }

    @FuzzTest(maxDuration = "30s")
    void html(byte[] bytes) {
        read("page.html", bytes);
    }

    @FuzzTest(maxDuration = "30s")
    void feed(byte[] bytes) {
        read("feed.rss", bytes);
    }

    @FuzzTest(maxDuration = "30s")
    void warc(byte[] bytes) {
        read("crawl.warc", bytes);
    }

    @FuzzTest(maxDuration = "30s")
    void gzippedWarc(byte[] bytes) {
        read("crawl.warc.gz", bytes);
    }

    @FuzzTest(maxDuration = "30s")
    void jsonLines(byte[] bytes) {
        read("records.jsonl", bytes);
    }

    private static void read(String name, byte[] bytes) {
        long start = System.nanoTime();
        Path file = DIR.resolve(name);
        try {
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<RawDocument> raws = new ArrayList<>();
        new FileIngestor().read(file, raws::add);
        assertTrue(!raws.isEmpty() || bytes.length == 0 || name.endsWith(".jsonl") || name.contains(".warc")
                || name.endsWith(".rss"), "a plain file always gives a document");
        for (RawDocument raw : raws) {
            Document document = EXTRACTOR.extract(raw);
            assertTrue(document.ok() || document.problem().isPresent(), "a document not read says why");
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(millis <= MAX_MILLIS_PER_INPUT, name + " took " + millis + " ms for " + bytes.length + " bytes");
    }

    private static Path scratch() {
        try {
            Path dir = Files.createTempDirectory("dossier-fuzz");
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
