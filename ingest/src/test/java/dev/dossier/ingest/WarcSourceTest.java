package dev.dossier.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** WARC records in, documents out; the crawl date never becomes a publication date. */
class WarcSourceTest {
    @TempDir
    Path dir;

    static byte[] record(String type, String uri, String contentType, String block) {
        byte[] body = block.getBytes(StandardCharsets.UTF_8);
        String header = "WARC/1.1\r\nWARC-Type: " + type + "\r\nWARC-Record-ID: <urn:uuid:" + java.util.UUID.nameUUIDFromBytes(body)
                + ">\r\nWARC-Date: 2024-01-02T03:04:05Z\r\n" + (uri == null ? "" : "WARC-Target-URI: " + uri + "\r\n")
                + "Content-Type: " + contentType + "\r\nContent-Length: " + body.length + "\r\n\r\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(header.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(body);
        out.writeBytes("\r\n\r\n".getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    static byte[] response(String uri, String mime, String payload) {
        String http = "HTTP/1.1 200 OK\r\nContent-Type: " + mime + "\r\nContent-Length: "
                + payload.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + payload;
        return record("response", uri, "application/http;msgtype=response", http);
    }

    static byte[] crawl() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(record("warcinfo", null, "application/warc-fields", "software: test\r\n"));
        out.writeBytes(response("https://example.org/news/1", "text/html; charset=utf-8",
                "<html><body><p>First article body.</p></body></html>"));
        out.writeBytes(response("https://example.org/logo.png", "image/png", "PNGDATA"));
        out.writeBytes(record("resource", "https://example.org/notes.txt", "text/plain", "A plain resource."));
        return out.toByteArray();
    }

    private List<RawDocument> read(Path file) {
        List<RawDocument> docs = new ArrayList<>();
        new FileIngestor().read(file, docs::add);
        return docs;
    }

    @Test
    void responseAndResourceRecordsBecomeNumberedDocuments() throws IOException {
        List<RawDocument> docs = read(Files.write(dir.resolve("crawl.warc"), crawl()));
        assertEquals(List.of("crawl.warc#2", "crawl.warc#4"), docs.stream().map(RawDocument::source).toList());
        assertEquals(ContentKind.HTML, docs.get(0).kind());
        assertEquals("https://example.org/news/1", docs.get(0).metadata().url().orElseThrow());
        assertTrue(docs.get(0).metadata().published().isEmpty(), "the WARC-Date is the crawl date");
        assertEquals(ContentKind.TEXT, docs.get(1).kind());
    }

    @Test
    void gzippedWarcIsRead() throws IOException {
        List<RawDocument> docs = read(Files.write(dir.resolve("crawl.warc.gz"), FileIngestorTest.gzip(crawl())));
        assertEquals(2, docs.size());
        assertFalse(docs.get(0).problem().isPresent());
    }

    @Test
    void truncatedWarcKeepsEarlierRecordsAndNamesTheOffset() throws IOException {
        byte[] whole = crawl();
        List<RawDocument> docs = read(Files.write(dir.resolve("cut.warc"), Arrays.copyOf(whole, whole.length - 30)));
        assertEquals("cut.warc#2", docs.get(0).source());
        RawDocument last = docs.get(docs.size() - 1);
        assertTrue(last.problem().orElseThrow().contains("byte offset"), last.problem().get());
    }
}
