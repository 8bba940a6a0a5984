package dev.dossier.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dossier.extract.CascadeExtractor;
import dev.dossier.model.Document;
import dev.dossier.model.DocumentId;
import dev.dossier.model.DocumentStatus;
import dev.dossier.model.RawDocument;
import dev.dossier.pipeline.Stages;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void helpListsTheCommands() {
        assertEquals(0, run("--help"));
        assertTrue(out.toString().contains("analyze"), out.toString());
        assertTrue(out.toString().contains("Exit codes"), out.toString());
    }

    @Test
    void everySubcommandHasHelpAndVersion() {
        assertEquals(0, run("analyze", "--help"));
        assertTrue(out.toString().contains("--out=DIR"), out.toString());
        assertEquals(0, run("analyze", "--version"));
        assertTrue(out.toString().contains("dossier "), out.toString());
    }

    @Test
    void versionNamesTheProduct() {
        assertEquals(0, run("--version"));
        assertTrue(out.toString().startsWith("dossier 0."), out.toString());
    }

    @Test
    void aMissingInputIsAUsageErrorThatNamesIt() {
        Path missing = temp.resolve("no-such-folder");
        assertEquals(2, run("analyze", missing.toString(), "--out", temp.resolve("out").toString()));
        assertTrue(err.toString().contains("no such input: " + missing), err.toString());
        assertTrue(Files.notExists(temp.resolve("out")), "nothing is written on a usage error");
    }

    @Test
    void aServeTokenTooShortIsAUsageErrorNotAnInternalOne() {
        assertEquals(2, run("serve", "--store", temp.resolve("store").toString(), "--token", "short"));
        assertTrue(err.toString().contains("invalid option: token must have at least 16 characters"), err.toString());
        assertTrue(Files.notExists(temp.resolve("store")), "no store is opened on a usage error");
    }

    @Test
    void serveNamesAMissingInputBeforeOpeningTheStore() {
        Path missing = temp.resolve("no-such-folder");
        assertEquals(2, run("serve", "--store", temp.resolve("store").toString(), missing.toString()));
        assertTrue(err.toString().contains("dossier serve: no such file or folder: " + missing), err.toString());
        assertTrue(Files.notExists(temp.resolve("store")), "no store is opened on a usage error");
    }

    @Test
    void badOptionsAndMissingCommandsAreUsageErrors() {
        assertEquals(2, run());
        assertEquals(2, run("analyze", temp.toString()));
        assertTrue(err.toString().contains("--out"), err.toString());
        assertEquals(2, run("analyze", temp.toString(), "--out", "x", "--frobnicate"));
        assertTrue(err.toString().contains("--frobnicate"), err.toString());
        assertEquals(2, run("analyze", temp.toString(), "--out", "x", "--threads", "0"));
        assertEquals(2, run("analyse", temp.toString()));
    }

    @Test
    void aRunWritesTheDossierAndSumsItUp() throws IOException {
        Path corpus = corpus();
        Path outDir = temp.resolve("out");
        assertEquals(0, run("analyze", corpus.toString(), "--out", outDir.toString(), "--threads", "2"));
        for (String name : new String[] {"dossier.json", "ledger.csv", "report.md", "report.html"}) {
            assertTrue(Files.isRegularFile(outDir.resolve(name)), name);
        }
        String summary = err.toString().strip();
        assertTrue(summary.startsWith("2 documents, "), summary);
        assertTrue(summary.endsWith("→ " + outDir.resolve("report.html")), summary);
        String json = Files.readString(outDir.resolve("dossier.json"), StandardCharsets.UTF_8);
        assertTrue(json.contains("\"source\": \"a.txt\""), json);
    }

    @Test
    void anEmptyFolderGivesAnEmptyDossierAndSaysSo() throws IOException {
        Path empty = Files.createDirectories(temp.resolve("empty"));
        assertEquals(0, run("analyze", empty.toString(), "--out", temp.resolve("out").toString()));
        assertTrue(err.toString().contains("found no documents in " + empty), err.toString());
        assertTrue(Files.isRegularFile(temp.resolve("out/report.html")));
    }

    @Test
    void quietPrintsNothing() throws IOException {
        assertEquals(0, run("analyze", corpus().toString(), "--out", temp.resolve("out").toString(), "--quiet"));
        assertEquals("", err.toString());
    }

    @Test
    void aFailedInputGivesExitOneWithTheDossierStillWritten() throws IOException {
        Path corpus = corpus();
        Files.writeString(corpus.resolve("broken.txt"), "unreadable", StandardCharsets.UTF_8);
        Path outDir = temp.resolve("out");
        int code = Main.commandLine(failing("broken.txt"), new PrintWriter(out), new PrintWriter(err), false)
                .execute("analyze", corpus.toString(), "--out", outDir.toString());
        assertEquals(1, code);
        assertTrue(err.toString().contains("failed broken.txt: test: cannot be read"), err.toString());
        assertTrue(err.toString().contains("3 documents (1 failed)"), err.toString());
        String json = Files.readString(outDir.resolve("dossier.json"), StandardCharsets.UTF_8);
        assertTrue(json.contains("\"status\": \"failed\""), json);
    }

    @Test
    void aSkippedInputIsListedWithItsReasonAndGivesExitOne() throws IOException {
        Path corpus = corpus();
        byte[] binary = new byte[4096];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) (i * 7);
        }
        Files.write(corpus.resolve("photo.txt"), binary);
        assertEquals(1, run("analyze", corpus.toString(), "--out", temp.resolve("out").toString()));
        assertTrue(err.toString().contains("dossier: skipped photo.txt: binary content"), err.toString());
        assertTrue(!err.toString().contains("photo.txt: photo.txt"), "the source is named once: " + err);
        assertTrue(err.toString().contains("3 documents (1 skipped)"), err.toString());
    }

    @Test
    void aLinkLoopInTheInputCostsOnlyTheLoop() throws IOException {
        Path corpus = corpus();
        Files.createSymbolicLink(corpus.resolve("again"), corpus);
        assertEquals(1, run("analyze", corpus.toString(), "--out", temp.resolve("out").toString()));
        assertTrue(err.toString().contains("skipped again/: folder already read through another path"), err.toString());
        assertTrue(err.toString().contains("3 documents (1 skipped)"), err.toString());
    }

    @Test
    void anOutputThatCannotBeWrittenGivesExitThree() throws IOException {
        Path taken = Files.writeString(temp.resolve("taken"), "a file where the folder should go");
        assertEquals(3, run("analyze", corpus().toString(), "--out", taken.toString()));
        assertTrue(err.toString().contains("cannot create output folder " + taken), err.toString());
    }

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return Main.commandLine(Stages::defaults, new PrintWriter(out, true), new PrintWriter(err, true), false)
                .execute(args);
    }

    /** Two short articles written for this test. */
    private Path corpus() throws IOException {
        Path corpus = Files.createDirectories(temp.resolve("corpus"));
        Files.writeString(corpus.resolve("a.txt"), "---\ntitle: Harbour talks\noutlet: Test Wire\n---\n"
                + "Officials met on Monday to discuss the purchase of patrol boats.\n", StandardCharsets.UTF_8);
        Files.writeString(corpus.resolve("b.txt"), "Patrol boats were handed over in a ceremony.\n",
                StandardCharsets.UTF_8);
        return corpus;
    }

    /** The default stages, except that the document read from {@code name} fails. */
    private static Supplier<Stages> failing(String name) {
        return () -> {
            Stages defaults = Stages.defaults();
            CascadeExtractor extractor = new CascadeExtractor();
            return new Stages(defaults.ingestor(), raw -> raw.source().endsWith(name) ? failed(raw) : extractor.extract(raw),
                    defaults.annotator(), defaults.assertions(), defaults.grouper(), defaults.reconciler());
        };
    }

    private static Document failed(RawDocument raw) {
        return new Document(DocumentId.of(raw.source(), raw.content()), raw.source(), raw.metadata(), "",
                DocumentStatus.FAILED, Optional.of("test: cannot be read"));
    }
}
