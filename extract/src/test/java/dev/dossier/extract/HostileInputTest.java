package dev.dossier.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dossier.ingest.FileIngestor;
import dev.dossier.model.Document;
import dev.dossier.model.DocumentStatus;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Inputs that break extractors. Each fixture is named after what it breaks; each must give its
 * document a clear status and reason (or clean text), and the run must go on.
 */
class HostileInputTest {
    private static final String ARTICLE = "Officials confirmed the order for new patrol boats on Monday, "
            + "saying the first hulls would be delivered within two years.";

    @TempDir
    Path dir;

    static Stream<Arguments> fixtures() throws IOException {
        return Stream.of(
                Arguments.of("binary-png.txt", png(), DocumentStatus.SKIPPED, "binary content: looks like PNG"),
                Arguments.of("nul-bytes.txt", withNul(), DocumentStatus.SKIPPED, "NUL byte at offset"),
                Arguments.of("empty.txt", new byte[0], DocumentStatus.SKIPPED, "empty"),
                Arguments.of("only-furniture.html", html("<nav><a href='/'>Home</a></nav><footer>© 2024 X</footer>"),
                        DocumentStatus.SKIPPED, "no article text found"),
                Arguments.of("truncated.html.gz", truncatedGzip(), DocumentStatus.FAILED, "truncated gzip"),
                Arguments.of("latin1-undeclared.txt", "Caf\u00e9 talks\n\n".concat(ARTICLE).concat(" Na\u00efve hopes for S\u00e3o Paulo.")
                        .getBytes(StandardCharsets.ISO_8859_1), DocumentStatus.OK, "S\u00e3o Paulo"),
                Arguments.of("cp1251-undeclared.txt", ("Переговоры о поставке\n\nПредставители министерства подтвердили "
                        + "заказ на новые патрульные катера в понедельник, сообщив, что первые корпуса будут поставлены.")
                        .getBytes(Charset.forName("windows-1251")), DocumentStatus.OK, "патрульные катера"),
                Arguments.of("utf8-bom.txt", bom(ARTICLE), DocumentStatus.OK, "patrol boats"),
                Arguments.of("utf16le-no-bom.txt", ARTICLE.getBytes(StandardCharsets.UTF_16LE), DocumentStatus.OK, "patrol boats"),
                Arguments.of("utf16be-no-bom.txt", (ARTICLE + " Переговоры о поставке продолжаются.").getBytes(StandardCharsets.UTF_16BE),
                        DocumentStatus.OK, "Переговоры о поставке"),
                Arguments.of("koi8r-undeclared.txt", ("Переговоры о поставке\n\nПредставители министерства подтвердили "
                        + "заказ на новые патрульные катера в понедельник, сообщив, что первые корпуса будут поставлены.")
                        .getBytes(Charset.forName("KOI8-R")), DocumentStatus.OK, "патрульные катера"),
                Arguments.of("mixed-utf8-latin1.txt", mixed(), DocumentStatus.OK, "S\u00e3o Paulo, Z\u00fcrich and Malm\u00f6"),
                Arguments.of("scripts.html", html("<script>var secret = 'SCRIPT TEXT';</script><p>" + ARTICLE
                        + "</p><style>p{color:red}</style><noscript>NOSCRIPT TEXT</noscript>"), DocumentStatus.OK, "patrol boats"));
    }

    /** A UTF-8 article with a paragraph pasted in from a Latin-1 file. */
    private static byte[] mixed() {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        out.writeBytes(("Caf\u00e9 talks \u2014 " + ARTICLE + "\n\n").getBytes(StandardCharsets.UTF_8));
        out.writeBytes("Officials from S\u00e3o Paulo, Z\u00fcrich and Malm\u00f6 attended.\n".getBytes(StandardCharsets.ISO_8859_1));
        return out.toByteArray();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void eachHostileFileGetsAClearOutcome(String name, byte[] bytes, DocumentStatus status, String expected) throws IOException {
        Files.write(dir.resolve(name), bytes);
        Document doc = only(dir);
        assertEquals(status, doc.status(), doc.problem().orElse(doc.body()));
        String shown = doc.ok() ? doc.body() : doc.problem().orElseThrow();
        assertTrue(shown.contains(expected), shown);
        if (!doc.ok()) {
            assertTrue(shown.startsWith(name + ": "), "the reason names the file: " + shown);
        }
        assertTrue(!shown.contains("SCRIPT TEXT") && !shown.contains("NOSCRIPT TEXT"), shown);
    }

    @Test
    void hundredMegabyteFileIsSkippedWithoutReadingIt() throws IOException {
        try (RandomAccessFile file = new RandomAccessFile(dir.resolve("huge.txt").toFile(), "rw")) {
            file.setLength(100L * 1024 * 1024);
        }
        Document doc = only(dir);
        assertEquals(DocumentStatus.SKIPPED, doc.status());
        assertTrue(doc.problem().orElseThrow().contains("too large: 104857600 bytes"), doc.problem().get());
    }

    @Test
    void pathologicallyNestedHtmlEndsInTimeWithoutOverflow() throws IOException {
        String html = "<html><body>" + "<div>".repeat(100_000) + "<p>" + ARTICLE + "</p>" + "</div>".repeat(100_000)
                + "</body></html>";
        Files.writeString(dir.resolve("nested.html"), html);
        Document doc = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> only(dir));
        assertTrue(doc.ok() ? doc.body().contains("patrol boats") : doc.problem().isPresent());
    }

    @Test
    void badFilesDoNotCostTheGoodOnes() throws IOException {
        for (Arguments a : fixtures().toList()) {
            Files.write(dir.resolve((String) a.get()[0]), (byte[]) a.get()[1]);
        }
        Files.writeString(dir.resolve("zz-good.txt"), "Boats ordered\n\n" + ARTICLE);
        List<Document> docs = all(dir);
        assertEquals(fixtures().count() + 1, docs.size());
        Document good = docs.get(docs.size() - 1);
        assertEquals(DocumentStatus.OK, good.status());
        assertEquals(ARTICLE, good.body());
    }

    private static List<Document> all(Path input) {
        CascadeExtractor extractor = new CascadeExtractor();
        List<Document> docs = new ArrayList<>();
        new FileIngestor().read(input, raw -> docs.add(extractor.extract(raw)));
        return docs;
    }

    private static Document only(Path input) {
        List<Document> docs = all(input);
        assertEquals(1, docs.size());
        return docs.get(0);
    }

    private static byte[] html(String body) {
        return ("<!doctype html><html><head><title>t</title></head><body>" + body + "</body></html>")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] png() {
        byte[] b = new byte[64];
        byte[] sig = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
        System.arraycopy(sig, 0, b, 0, sig.length);
        return b;
    }

    private static byte[] withNul() {
        byte[] text = ARTICLE.getBytes(StandardCharsets.UTF_8);
        text[20] = 0;
        return text;
    }

    private static byte[] bom(String text) {
        byte[] t = text.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[t.length + 3];
        out[0] = (byte) 0xEF;
        out[1] = (byte) 0xBB;
        out[2] = (byte) 0xBF;
        System.arraycopy(t, 0, out, 3, t.length);
        return out;
    }

    private static byte[] truncatedGzip() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(html(("<p>" + ARTICLE + "</p>").repeat(40)));
        }
        byte[] whole = out.toByteArray();
        return Arrays.copyOf(whole, whole.length / 2);
    }
}
