package dev.dossier.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dossier.ingest.FileIngestor;
import dev.dossier.model.Document;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** WARC, JSON Lines and folder order through ingest and extraction together. */
class ContainersEndToEndTest {
    private static final String RU = "Министерство обороны подписало контракт на поставку патрульных катеров, "
            + "сообщили в понедельник представители ведомства.";

    @TempDir
    Path dir;

    private List<Document> run(Path input) {
        CascadeExtractor extractor = new CascadeExtractor();
        List<Document> docs = new ArrayList<>();
        new FileIngestor().read(input, raw -> docs.add(extractor.extract(raw)));
        return docs;
    }

    @Test
    void warcResponseInWindows1251IsDecodedByItsHeaderAndKeepsItsUrlButNotTheCrawlDate() throws IOException {
        byte[] html = ("<html><body><article><h1>Катера</h1><p>" + RU + "</p></article></body></html>")
                .getBytes(Charset.forName("windows-1251"));
        ByteArrayOutputStream http = new ByteArrayOutputStream();
        http.writeBytes(("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=windows-1251\r\nContent-Length: "
                + html.length + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
        http.writeBytes(html);
        byte[] block = http.toByteArray();
        ByteArrayOutputStream warc = new ByteArrayOutputStream();
        warc.writeBytes(("WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:0b8e1c2a-0000-4000-8000-000000000001>\r\n"
                + "WARC-Date: 2024-05-06T07:08:09Z\r\nWARC-Target-URI: https://news.example/katera\r\n"
                + "Content-Type: application/http;msgtype=response\r\nContent-Length: " + block.length + "\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        warc.writeBytes(block);
        warc.writeBytes("\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        Files.write(dir.resolve("crawl.warc"), warc.toByteArray());
        Document doc = run(dir).get(0);
        assertEquals("crawl.warc#1", doc.source());
        assertEquals(RU, doc.body());
        assertEquals(Optional.of("https://news.example/katera"), doc.metadata().url());
        assertEquals(Optional.of("ru"), doc.metadata().language());
        assertTrue(doc.metadata().published().isEmpty(), "the WARC-Date is when the page was crawled");
    }

    @Test
    void jsonLinesMetadataWinsAndTextIsCleaned() throws IOException {
        Files.writeString(dir.resolve("items.jsonl"), "{\"text\": \"Frigates ordered\\n\\nThe navy ordered two frigates "
                + "on Monday, the ministry said.\\n\\nLeave a comment\", \"outlet\": \"Example Post\", \"published\": \"2020-02-03\"}\n");
        Document doc = run(dir).get(0);
        assertEquals("items.jsonl#1", doc.source());
        assertEquals("The navy ordered two frigates on Monday, the ministry said.", doc.body());
        assertEquals(Optional.of("Example Post"), doc.metadata().outlet());
        assertEquals("2020-02-03", doc.metadata().published().orElseThrow().date().iso());
    }

    @Test
    void idsDependOnSourceAndContentNotOnListingOrder() throws IOException {
        Files.writeString(dir.resolve("b.txt"), "Title B\n\nThe second article has a body of its own, officials said.");
        Files.writeString(dir.resolve("a.txt"), "Title A\n\nThe first article has a body of its own, officials said.");
        List<Document> first = run(dir);
        List<Document> second = run(dir);
        assertEquals(first.stream().map(Document::id).toList(), second.stream().map(Document::id).toList());
        assertEquals(List.of("a.txt", "b.txt"), first.stream().map(Document::source).toList());
    }
}
