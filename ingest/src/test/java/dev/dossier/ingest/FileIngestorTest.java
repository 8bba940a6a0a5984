package dev.dossier.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dossier.model.ContentKind;
import dev.dossier.model.RawDocument;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files and folders in, raw documents out: names, kinds, order and problems. */
class FileIngestorTest {
    @TempDir
    Path dir;

    private List<RawDocument> read(Path input) {
        List<RawDocument> docs = new ArrayList<>();
        new FileIngestor().read(input, docs::add);
        return docs;
    }

    private static List<String> sources(List<RawDocument> docs) {
        return docs.stream().map(RawDocument::source).toList();
    }

    @Test
    void folderIsReadRecursivelyInPathOrderWithoutHiddenFiles() throws IOException {
        Files.createDirectories(dir.resolve("b/c"));
        Files.writeString(dir.resolve("z.txt"), "last");
        Files.writeString(dir.resolve("b/c/page.html"), "<html><body><p>x</p></body></html>");
        Files.writeString(dir.resolve("a.txt"), "first");
        Files.writeString(dir.resolve(".DS_Store"), "hidden");
        List<RawDocument> docs = read(dir);
        assertEquals(List.of("a.txt", "b/c/page.html", "z.txt"), sources(docs));
        assertEquals(ContentKind.HTML, docs.get(1).kind());
    }

    @Test
    void singleFileIsNamedByItsFileName() throws IOException {
        Path file = Files.writeString(dir.resolve("note.txt"), "hello");
        assertEquals(List.of("note.txt"), sources(read(file)));
    }

    @Test
    void missingInputIsAFailedDocument() {
        List<RawDocument> docs = read(dir.resolve("nope.txt"));
        assertTrue(docs.get(0).problem().orElseThrow().contains("no such file"));
    }

    @Test
    void gzippedHtmlIsOpened() throws IOException {
        Files.write(dir.resolve("p.html.gz"), gzip("<html><body><p>hi</p></body></html>".getBytes(StandardCharsets.UTF_8)));
        RawDocument doc = read(dir).get(0);
        assertEquals(ContentKind.HTML, doc.kind());
        assertTrue(new String(doc.content(), StandardCharsets.UTF_8).contains("<p>hi</p>"));
    }

    @Test
    void truncatedGzipFailsWithAReason() throws IOException {
        byte[] whole = gzip("some text that is long enough to be cut in the middle".repeat(50).getBytes(StandardCharsets.UTF_8));
        Files.write(dir.resolve("cut.txt.gz"), Arrays.copyOf(whole, whole.length / 2));
        RawDocument doc = read(dir).get(0);
        assertTrue(doc.problem().orElseThrow().startsWith("truncated gzip"), doc.problem().get());
    }

    @Test
    void fileOverTheLimitIsSkippedWithItsSize() throws IOException {
        Files.write(dir.resolve("big.txt"), new byte[300]);
        List<RawDocument> docs = new ArrayList<>();
        new FileIngestor(new Limits(100)).read(dir, docs::add);
        String problem = docs.get(0).problem().orElseThrow();
        assertTrue(problem.startsWith(Problems.SKIPPED + "too large: 300 bytes"), problem);
    }

    @Test
    void jsonLinesGiveOneDocumentPerLineAndNameTheBadLine() throws IOException {
        Files.writeString(dir.resolve("feed.jsonl"), """
                {"text": "Plain body.", "title": "T", "published": "2021-03-04", "url": "https://example.org/a"}
                {not json
                
                {"html": "<p>Body</p>", "outlet": "Example"}
                """);
        List<RawDocument> docs = read(dir);
        assertEquals(List.of("feed.jsonl#1", "feed.jsonl#2", "feed.jsonl#4"), sources(docs));
        assertEquals("2021-03-04", docs.get(0).metadata().published().orElseThrow().date().iso());
        assertTrue(docs.get(1).problem().orElseThrow().startsWith("not JSON"));
        assertEquals(ContentKind.HTML, docs.get(2).kind());
    }

    @Test
    void rssItemsBecomeDocumentsWithFeedTitleAsOutlet() throws IOException {
        Files.writeString(dir.resolve("news.rss"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>Example Wire</title><link>https://example.org</link>
                <description>d</description>
                <item><title>One</title><link>https://example.org/1</link>
                  <pubDate>Tue, 04 May 2021 10:00:00 GMT</pubDate><description>&lt;p&gt;First body.&lt;/p&gt;</description></item>
                <item><title>Two</title><link>https://example.org/2</link><description>Second body.</description></item>
                </channel></rss>
                """);
        List<RawDocument> docs = read(dir);
        assertEquals(List.of("news.rss#1", "news.rss#2"), sources(docs));
        assertEquals("Example Wire", docs.get(0).metadata().outlet().orElseThrow());
        assertEquals("2021-05-04", docs.get(0).metadata().published().orElseThrow().date().iso());
    }

    static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }

    @Test
    void aPageSavedAsTextIsReadAsHtml() throws IOException {
        Files.writeString(dir.resolve("saved.txt"), "<!DOCTYPE html><html><body><p>x</p></body></html>");
        Files.writeString(dir.resolve("notes.txt"), "Plain <b>notes</b>");
        List<RawDocument> docs = read(dir);
        assertEquals(ContentKind.TEXT, docs.get(0).kind());
        assertEquals(ContentKind.HTML, docs.get(1).kind());
    }
}
