package dev.dossier.extract.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dossier.extract.CascadeExtractor;
import dev.dossier.model.ContentKind;
import dev.dossier.model.Document;
import dev.dossier.model.Metadata;
import dev.dossier.model.RawDocument;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * The article-extraction benchmark entry point: reads {@code html/*.html.gz} and writes
 * {@code {id: {"articleBody": …}}} (id = file name without .html.gz) for score_extraction.py.
 */
public final class ExtractionBench {
    private static final String SUFFIX = ".html.gz";

    private ExtractionBench() {}

    /** Predictions for every page under {@code htmlDir} (or its {@code html/} folder), written to {@code out}. */
    public static void predict(Path htmlDir, Path out) {
        Map<String, Map<String, String>> predictions = new TreeMap<>();
        CascadeExtractor extractor = new CascadeExtractor();
        for (Path page : pages(htmlDir)) {
            String id = page.getFileName().toString().replace(SUFFIX, "");
            predictions.put(id, Map.of("articleBody", extractor.extract(raw(id, gunzip(page))).body()));
        }
        try {
            new ObjectMapper().writeValue(out.toFile(), predictions);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + out, e);
        }
    }

    public static List<Path> pages(Path htmlDir) {
        Path dir = Files.isDirectory(htmlDir.resolve("html")) ? htmlDir.resolve("html") : htmlDir;
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(SUFFIX)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    public static RawDocument raw(String id, byte[] html) {
        return new RawDocument(id + ".html", ContentKind.HTML, html, Optional.empty(), Metadata.empty(), Optional.empty());
    }

    public static byte[] gunzip(Path page) {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(page))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + page, e);
        }
    }

    /** {@code ExtractionBench HTML_DIR OUT.json}, printing the median milliseconds per page. */
    public static void main(String[] args) {
        Path dir = Path.of(args[0]);
        CascadeExtractor extractor = new CascadeExtractor();
        List<Path> pages = pages(dir);
        List<byte[]> bytes = new ArrayList<>();
        pages.forEach(p -> bytes.add(gunzip(p)));
        for (int warm = 0; warm < 2; warm++) {
            for (int i = 0; i < pages.size(); i++) {
                extractor.extract(raw("w" + i, bytes.get(i)));
            }
        }
        long[] nanos = new long[pages.size()];
        Map<String, Map<String, String>> predictions = new LinkedHashMap<>();
        for (int i = 0; i < pages.size(); i++) {
            long start = System.nanoTime();
            Document d = extractor.extract(raw("p" + i, bytes.get(i)));
            nanos[i] = System.nanoTime() - start;
            d.problem().ifPresent(System.err::println);
            predictions.put(pages.get(i).getFileName().toString().replace(SUFFIX, ""), Map.of("articleBody", d.body()));
        }
        java.util.Arrays.sort(nanos);
        System.out.printf(java.util.Locale.ROOT, "pages: %d, median ms/page: %.2f%n", pages.size(), nanos[nanos.length / 2] / 1e6);
        try {
            new ObjectMapper().writeValue(Path.of(args[1]).toFile(), predictions);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + args[1], e);
        }
    }
}
