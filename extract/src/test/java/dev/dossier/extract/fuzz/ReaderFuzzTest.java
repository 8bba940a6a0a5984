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
 * takes longer than {@value #MAX_MILLIS_PER_INPUT} ms of CPU time of the thread that reads it
 * (wall-clock time on a shared machine made the first input of a run, which loads and
 * instruments every reader class, a false finding: 68 s for a 203-byte page at a load average
 * of 27). Every reader is run once on a small page before the first input for the same reason.
 *
 * <p>A plain {@code mvn test} runs each target on its kept inputs (regression mode: the files
 * under {@code ReaderFuzzTestInputs/<method>/}, where every crasher found is kept as a fixture).
 * {@code eval/fuzz.sh} fuzzes for real, one target at a time ({@code JAZZER_FUZZ=1}).
 */
class ReaderFuzzTest {
    static final long MAX_MILLIS_PER_INPUT = 10_000;
    private static final CascadeExtractor EXTRACTOR = new CascadeExtractor();
    private static final Path DIR = scratch();
    private static final java.lang.management.ThreadMXBean CPU =
            java.lang.management.ManagementFactory.getThreadMXBean();

    static {
        byte[] page = "<html><head><title>Warm</title></head><body><p>Warm up.</p></body></html>"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        for (String name : List.of("article.txt", "page.html", "feed.rss", "crawl.warc", "crawl.warc.gz",
                "records.jsonl")) {
            List<RawDocument> raws = new ArrayList<>();
            writeAs(name, page);
            new FileIngestor().read(DIR.resolve(name), raws::add);
            raws.forEach(EXTRACTOR::extract);
        }
    }

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
        long start = cpuNanos();
        Path file = writeAs(name, bytes);
        List<RawDocument> raws = new ArrayList<>();
        new FileIngestor().read(file, raws::add);
        assertTrue(!raws.isEmpty() || bytes.length == 0 || name.endsWith(".jsonl") || name.contains(".warc")
                || name.endsWith(".rss"), "a plain file always gives a document");
        for (RawDocument raw : raws) {
            Document document = EXTRACTOR.extract(raw);
            assertTrue(document.ok() || document.problem().isPresent(), "a document not read says why");
        }
        long millis = (cpuNanos() - start) / 1_000_000;
        assertTrue(millis <= MAX_MILLIS_PER_INPUT, name + " took " + millis + " ms of CPU for " + bytes.length
                + " bytes");
    }

    private static Path writeAs(String name, byte[] bytes) {
        Path file = DIR.resolve(name);
        try {
            return Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** CPU time of this thread where the JVM measures it, else wall-clock time. */
    private static long cpuNanos() {
        return CPU.isCurrentThreadCpuTimeSupported() ? CPU.getCurrentThreadCpuTime() : System.nanoTime();
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
