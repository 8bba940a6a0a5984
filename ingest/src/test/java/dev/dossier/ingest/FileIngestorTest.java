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

    @Test
    void anAtomTitleOfTypeHtmlIsReadAsText() throws IOException {
        Files.writeString(dir.resolve("news.atom"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom"><title>Example Wire</title><id>urn:x</id>
                <updated>2021-05-04T10:00:00Z</updated>
                <entry><title type="html">&lt;b&gt;Talks&lt;/b&gt; on the &amp;quot;frigate&amp;quot; deal resume</title>
                  <id>urn:x:1</id><updated>2021-05-04T10:00:00Z</updated><content type="html">&lt;p&gt;Body.&lt;/p&gt;</content></entry>
                <entry><title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">Deal <i>signed</i></div></title>
                  <id>urn:x:2</id><updated>2021-05-04T10:00:00Z</updated><content type="html">&lt;p&gt;Body.&lt;/p&gt;</content></entry>
                <entry><title type="text">5 &lt; 6 jets</title>
                  <id>urn:x:3</id><updated>2021-05-04T10:00:00Z</updated><content type="html">&lt;p&gt;Body.&lt;/p&gt;</content></entry>
                </feed>
                """);
        List<RawDocument> docs = read(dir);
        assertEquals(List.of("news.atom#1", "news.atom#2", "news.atom#3"), sources(docs));
        assertEquals("Talks on the \"frigate\" deal resume", docs.get(0).metadata().title().orElseThrow());
        assertEquals("Deal signed", docs.get(1).metadata().title().orElseThrow());
        assertEquals("5 < 6 jets", docs.get(2).metadata().title().orElseThrow());
    }

    @Test
    void aFeedDateNoCalendarHoldsLeavesTheEntryUndated() throws IOException {
        Files.writeString(dir.resolve("odd.rss"), """
                <rss version="2.0"><channel><title>Example Wire</title>
                <item><title>One</title><pubDate>Tue, 04 May 20241 10:00:00 GMT</pubDate><description>First body.</description></item>
                <item><title>Two</title><pubDate>Wed, 05 May 2021 10:00:00 GMT</pubDate><description>Second body.</description></item>
                </channel></rss>
                """);
        List<RawDocument> docs = read(dir);
        assertEquals(List.of("odd.rss#1", "odd.rss#2"), sources(docs));
        assertTrue(docs.get(0).metadata().published().isEmpty());
        assertEquals("2021-05-05", docs.get(1).metadata().published().orElseThrow().date().iso());
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

    private static String problemOf(List<RawDocument> docs, String source) {
        return docs.stream().filter(d -> d.source().equals(source)).findFirst().orElseThrow()
                .problem().orElse("");
    }

    @Test
    void aLinkLoopCostsOnlyTheLoopNotTheFolder() throws IOException {
        Files.createDirectories(dir.resolve("news/sub"));
        Files.writeString(dir.resolve("news/a.txt"), "An article about a frigate sale.");
        Files.writeString(dir.resolve("news/sub/b.txt"), "Another article.");
        Files.createSymbolicLink(dir.resolve("news/sub/loop"), dir.resolve("news"));
        List<RawDocument> docs = read(dir.resolve("news"));
        assertEquals(List.of("a.txt", "sub/b.txt"), sources(docs.stream().filter(d -> d.problem().isEmpty()).toList()));
        assertTrue(problemOf(docs, "sub/loop/").contains("link loop"), sources(docs).toString());
    }

    @Test
    void aLinkOutOfTheInputIsListedAsSkippedAndNotRead() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "not an article");
        Files.createDirectories(dir.resolve("news"));
        Files.writeString(dir.resolve("news/a.txt"), "An article.");
        Files.createSymbolicLink(dir.resolve("news/leak.txt"), secret);
        Files.createSymbolicLink(dir.resolve("news/alias.txt"), dir.resolve("news/a.txt"));
        List<RawDocument> docs = read(dir.resolve("news"));
        assertEquals(List.of("a.txt", "alias.txt", "leak.txt"), sources(docs));
        assertTrue(problemOf(docs, "leak.txt").startsWith(Problems.SKIPPED + "symbolic link to a file outside"));
        assertEquals("", problemOf(docs, "alias.txt"));

        List<RawDocument> followed = new ArrayList<>();
        new FileIngestor(Limits.STANDARD, Links.FOLLOW_ALL).read(dir.resolve("news"), followed::add);
        assertEquals("", problemOf(followed, "leak.txt"));
    }

    @Test
    void aBrokenLinkIsSkippedWithItsReason() throws IOException {
        Files.createDirectories(dir.resolve("news"));
        Files.writeString(dir.resolve("news/a.txt"), "An article.");
        Files.createSymbolicLink(dir.resolve("news/gone.txt"), dir.resolve("nowhere.txt"));
        List<RawDocument> docs = read(dir.resolve("news"));
        assertTrue(problemOf(docs, "gone.txt").contains("broken symbolic link"));
        assertEquals("", problemOf(docs, "a.txt"));
    }

    @Test
    void anUnreadableSubfolderCostsOnlyThatSubfolder() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeFalse("root".equals(System.getProperty("user.name")),
                "root reads every folder whatever its permissions");
        Files.createDirectories(dir.resolve("news/locked"));
        Files.writeString(dir.resolve("news/a.txt"), "An article.");
        Files.writeString(dir.resolve("news/locked/b.txt"), "Hidden by permissions.");
        dir.resolve("news/locked").toFile().setReadable(false);
        try {
            List<RawDocument> docs = read(dir.resolve("news"));
            assertEquals("", problemOf(docs, "a.txt"));
            assertTrue(problemOf(docs, "locked/").contains("cannot list folder"));
        } finally {
            dir.resolve("news/locked").toFile().setReadable(true);
        }
    }

    @Test
    void aFeedNestedDeeperThanTheStackFailsAlone() throws IOException {
        StringBuilder deep = new StringBuilder("<rss version=\"2.0\"><channel><title>T</title><item><title>x</title><description>");
        deep.append("<b>".repeat(5_000)).append("text").append("</b>".repeat(5_000));
        deep.append("</description></item></channel></rss>");
        Files.writeString(dir.resolve("deep.rss"), deep.toString());
        Files.writeString(dir.resolve("ok.txt"), "An article.");
        List<RawDocument> docs = read(dir);
        assertEquals("", problemOf(docs, "ok.txt"));
        assertTrue(docs.stream().anyMatch(d -> d.source().startsWith("deep.rss")), sources(docs).toString());
    }
}
