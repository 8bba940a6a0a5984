package dev.dossier.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dossier.model.AnnotatedDocument;
import dev.dossier.model.ContentKind;
import dev.dossier.model.Document;
import dev.dossier.model.DocumentGroup;
import dev.dossier.model.DocumentId;
import dev.dossier.model.DocumentStatus;
import dev.dossier.model.Grouping;
import dev.dossier.model.Metadata;
import dev.dossier.model.RawDocument;
import dev.dossier.model.Reconciliation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PipelineTest {
    /** Ingests three documents in the order given; the extractor fails on one of them. */
    private static Stages stages(List<String> sources) {
        return new Stages(
                (input, sink) -> sources.forEach(s -> sink.accept(new RawDocument(s, ContentKind.TEXT,
                        s.getBytes(StandardCharsets.UTF_8), Optional.empty(), Metadata.empty(), Optional.empty()))),
                raw -> {
                    if (raw.source().contains("bad")) {
                        throw new IllegalStateException("cannot parse");
                    }
                    return new Document(DocumentId.of(raw.source(), raw.content()), raw.source(), raw.metadata(),
                            "body of " + raw.source(), DocumentStatus.OK, Optional.empty());
                },
                document -> {
                    if (document.source().contains("ugly")) {
                        throw new IllegalArgumentException("annotator tripped");
                    }
                    return AnnotatedDocument.bare(document);
                },
                annotated -> List.of(),
                documents -> new Grouping(documents.stream()
                        .map(d -> new DocumentGroup(d.id(), Optional.empty(), Optional.empty(), "s1")).toList()),
                (docs, assertions, grouping) -> new Reconciliation(List.of(), List.of(), List.of(), List.of(),
                        List.of()));
    }

    @Test
    void aFailingDocumentIsKeptWithItsReasonAndTheRunGoesOn() {
        RunResult result = new Pipeline(stages(List.of("b.txt", "bad.txt", "a.txt")), new PipelineConfig(2))
                .run(List.of(Path.of("in")), Progress.SILENT);
        List<Document> docs = result.dossier().documents();
        assertEquals(List.of("a.txt", "b.txt", "bad.txt"), docs.stream().map(Document::source).toList());
        assertEquals(DocumentStatus.FAILED, docs.get(2).status());
        assertTrue(docs.get(2).problem().orElseThrow().contains("cannot parse"));
        assertEquals(1, result.failedDocuments());
    }

    @Test
    void aDocumentThatTripsALaterStageFailsAloneWithTheReason() {
        RunResult result = new Pipeline(stages(List.of("a.txt", "ugly.txt")), new PipelineConfig(1))
                .run(List.of(Path.of("in")), Progress.SILENT);
        Document ugly = result.dossier().documents().get(1);
        assertEquals(DocumentStatus.FAILED, ugly.status());
        assertTrue(ugly.problem().orElseThrow().contains("annotator tripped"), ugly.problem().toString());
        assertEquals(DocumentStatus.OK, result.dossier().documents().get(0).status());
    }

    @Test
    void inputOrderAndThreadCountDoNotChangeTheResult() {
        RunResult one = new Pipeline(stages(List.of("c.txt", "a.txt", "b.txt")), new PipelineConfig(1))
                .run(List.of(Path.of("in")), Progress.SILENT);
        RunResult two = new Pipeline(stages(List.of("b.txt", "c.txt", "a.txt")), new PipelineConfig(3))
                .run(List.of(Path.of("in")), Progress.SILENT);
        assertEquals(one.dossier(), two.dossier());
    }

    @Test
    void progressCountsEveryDocument() {
        List<Integer> seen = new ArrayList<>();
        new Pipeline(stages(List.of("a.txt", "b.txt")), new PipelineConfig(1))
                .run(List.of(Path.of("in")), (done, total, source) -> seen.add(done * 10 + total));
        assertEquals(List.of(12, 22), seen);
    }

    /** Each input folder holds one "report.txt" whose text names the folder. */
    private static Stages sameNameInEachInput() {
        Stages base = stages(List.of());
        return new Stages((input, sink) -> sink.accept(new RawDocument("report.txt", ContentKind.TEXT,
                input.getFileName().toString().getBytes(StandardCharsets.UTF_8), Optional.empty(), Metadata.empty(),
                Optional.empty())), base.extractor(), base.annotator(), base.assertions(), base.grouper(),
                base.reconciler());
    }

    @Test
    void twoInputsWithTheSameRelativePathBothSurviveNamedByTheirInput(@org.junit.jupiter.api.io.TempDir Path dir)
            throws java.io.IOException {
        Path a = java.nio.file.Files.createDirectories(dir.resolve("a"));
        Path b = java.nio.file.Files.createDirectories(dir.resolve("b"));
        Pipeline pipeline = new Pipeline(sameNameInEachInput(), new PipelineConfig(1));
        List<String> sources = pipeline.ingest(List.of(a, b)).stream().map(RawDocument::source).toList();
        assertEquals(List.of(a + "/report.txt", b + "/report.txt"), sources);
        assertEquals(sources, pipeline.ingest(List.of(b, a)).stream().map(RawDocument::source).toList());
        assertEquals(List.of("report.txt"), pipeline.ingest(List.of(a, dir.resolve("a/../a")))
                .stream().map(RawDocument::source).toList(), "one folder named twice is read once");
    }

    @Test
    void anIngestorThatBreaksOnOneInputCostsOnlyThatInput(@org.junit.jupiter.api.io.TempDir Path dir) {
        Stages base = stages(List.of());
        Stages breaking = new Stages((input, sink) -> {
            if (input.endsWith("hostile")) {
                throw new StackOverflowError();
            }
            sink.accept(new RawDocument("fine.txt", ContentKind.TEXT, new byte[] {'x'}, Optional.empty(),
                    Metadata.empty(), Optional.empty()));
        }, base.extractor(), base.annotator(), base.assertions(), base.grouper(), base.reconciler());
        List<RawDocument> raws = new Pipeline(breaking, new PipelineConfig(1))
                .ingest(List.of(dir.resolve("hostile"), dir.resolve("good")));
        assertEquals(2, raws.size());
        RawDocument failed = raws.stream().filter(r -> r.problem().isPresent()).findFirst().orElseThrow();
        assertTrue(failed.source().endsWith("hostile"), failed.source());
        assertTrue(failed.problem().orElseThrow().contains("StackOverflowError"), failed.problem().toString());
        assertTrue(raws.stream().anyMatch(r -> r.source().equals("fine.txt") && r.problem().isEmpty()));
    }

    @Test
    void aDocumentThatRunsPastTheTimeLimitFailsWithItsStageAndTheOthersAreRead() {
        Stages base = stages(List.of("a.txt", "endless.txt", "b.txt", "c.txt"));
        Stages endless = new Stages(base.ingestor(), base.extractor(), document -> {
            if (document.source().equals("endless.txt")) {
                long spin = 0;
                while (spin >= 0) {
                    spin++; // CPU-bound, ignores interruption, like a runaway regex
                }
            }
            return AnnotatedDocument.bare(document);
        }, base.assertions(), base.grouper(), base.reconciler());
        RunResult result = new Pipeline(endless, new PipelineConfig(1, 300)).run(List.of(Path.of("in")), Progress.SILENT);
        List<Document> docs = result.dossier().documents();
        assertEquals(List.of("a.txt", "b.txt", "c.txt", "endless.txt"), docs.stream().map(Document::source).toList());
        assertEquals(List.of(DocumentStatus.OK, DocumentStatus.OK, DocumentStatus.OK, DocumentStatus.FAILED),
                docs.stream().map(Document::status).toList(), "one thread: the stuck one is replaced");
        assertEquals("stopped after 0.3 s in the language layer (the per-document limit on work)",
                docs.get(3).problem().orElseThrow());
    }

    @Test
    void theTimeLimitCountsEachDocumentsOwnWorkNotWhatItsThreadDidBefore() {
        Stages base = stages(List.of("a.txt", "b.txt", "c.txt", "d.txt", "e.txt"));
        Stages busy = new Stages(base.ingestor(), base.extractor(), document -> {
            burnCpuMillis(400); // each document well under the limit, all of them together over it
            return AnnotatedDocument.bare(document);
        }, base.assertions(), base.grouper(), base.reconciler());
        RunResult result = new Pipeline(busy, new PipelineConfig(1, 1000)).run(List.of(Path.of("in")), Progress.SILENT);
        assertEquals(List.of(DocumentStatus.OK, DocumentStatus.OK, DocumentStatus.OK, DocumentStatus.OK,
                DocumentStatus.OK), result.dossier().documents().stream().map(Document::status).toList());
    }

    @Test
    void aStoppedDocumentsExtraThreadIsGivenBackWhenItWindsDown() {
        List<String> names = new java.util.ArrayList<>(List.of("a.txt", "stuck.txt"));
        for (int i = 0; i < 30; i++) {
            names.add(String.format("z%02d.txt", i));
        }
        java.util.concurrent.atomic.AtomicBoolean stuckDone = new java.util.concurrent.atomic.AtomicBoolean();
        java.util.concurrent.atomic.AtomicInteger running = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger mostAtOnceAfter = new java.util.concurrent.atomic.AtomicInteger();
        Stages base = stages(names);
        Stages oneStuck = new Stages(base.ingestor(), base.extractor(), document -> {
            if (document.source().equals("stuck.txt")) {
                burnCpuMillis(400); // past the limit, then it winds down by itself
                stuckDone.set(true);
                return AnnotatedDocument.bare(document);
            }
            int now = running.incrementAndGet();
            if (stuckDone.get()) {
                mostAtOnceAfter.accumulateAndGet(now, Math::max);
            }
            burnCpuMillis(10);
            running.decrementAndGet();
            return AnnotatedDocument.bare(document);
        }, base.assertions(), base.grouper(), base.reconciler());
        RunResult result = new Pipeline(oneStuck, new PipelineConfig(1, 200)).run(List.of(Path.of("in")), Progress.SILENT);
        assertEquals(32, result.dossier().documents().size());
        assertTrue(stuckDone.get());
        assertEquals(1, mostAtOnceAfter.get(), "one reading thread again once the stopped document has wound down");
    }

    private static void burnCpuMillis(long millis) {
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        long until = cpu.getCurrentThreadCpuTime() + millis * 1_000_000;
        while (cpu.getCurrentThreadCpuTime() < until) {
            Thread.onSpinWait();
        }
    }

    @Test
    void documentsAreReadWhileTheInputIsStillBeingIngestedAndOnlyTheirReducedResultsAreKept() {
        java.util.concurrent.atomic.AtomicInteger extracted = new java.util.concurrent.atomic.AtomicInteger();
        int[] mostAhead = {0};
        Stages base = stages(List.of());
        Stages counting = new Stages((input, sink) -> {
            for (int i = 0; i < 200; i++) {
                mostAhead[0] = Math.max(mostAhead[0], i - extracted.get());
                sink.accept(new RawDocument("d" + i + ".txt", ContentKind.TEXT, new byte[1000], Optional.empty(),
                        Metadata.empty(), Optional.empty()));
            }
        }, raw -> {
            extracted.incrementAndGet();
            return base.extractor().extract(raw);
        }, document -> new AnnotatedDocument(document, List.of(new dev.dossier.model.Token(
                new dev.dossier.model.Span(0, 1), dev.dossier.model.TokenKind.WORD)), List.of(), List.of(), List.of(), List.of(), List.of(), List.of()),
                base.assertions(), base.grouper(), base.reconciler());
        RunResult result = new Pipeline(counting, new PipelineConfig(2)).run(List.of(Path.of("in")), Progress.SILENT);
        assertEquals(200, result.dossier().documents().size());
        assertTrue(mostAhead[0] <= 16, "the ingestor ran " + mostAhead[0] + " documents ahead of the readers");
        assertTrue(result.documents().stream().allMatch(r -> r.annotated().tokens().isEmpty()), "tokens are not kept");
    }

    @Test
    void theDefaultStagesBuiltAtOnceReadTheExamplesAsStagesBuiltOneAfterTheOther() {
        Path examples = Path.of(System.getProperty("dossier.root", "..")).resolve("examples");
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.isDirectory(examples), "no " + examples);
        Stages inTurn = new Stages(new dev.dossier.ingest.FileIngestor(), new dev.dossier.extract.CascadeExtractor(),
                new dev.dossier.nlp.LanguageAnnotator(), new dev.dossier.assertion.RuleAssertionReader(),
                new dev.dossier.group.MinHashGrouper(), new dev.dossier.reconcile.EvidenceReconciler());

        RunResult expected = new Pipeline(inTurn, new PipelineConfig(2)).run(List.of(examples), Progress.SILENT);
        RunResult atOnce = new Pipeline(Stages.defaults(), new PipelineConfig(2)).run(List.of(examples), Progress.SILENT);

        assertEquals(expected.dossier(), atOnce.dossier());
        assertTrue(expected.dossier().deals().size() > 0, "the examples report deals");
    }

    @Test
    void reconcilingWhileTheStoriesAreClusteredGivesTheDossierOfGroupingThenReconciling() {
        Path examples = Path.of(System.getProperty("dossier.root", "..")).resolve("examples");
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.isDirectory(examples), "no " + examples);
        Stages stages = Stages.defaults();
        RunResult run = new Pipeline(stages, new PipelineConfig(2)).run(List.of(examples), Progress.SILENT);

        Grouping grouping = stages.grouper().group(run.dossier().documents());
        Reconciliation inTurn = stages.reconciler().reconcile(
                run.documents().stream().map(DocumentResult::annotated).toList(),
                run.documents().stream().flatMap(r -> r.assertions().stream()).toList(), grouping);

        assertEquals(grouping, run.dossier().grouping());
        assertEquals(inTurn, new Reconciliation(run.dossier().events(), run.dossier().deals(),
                run.dossier().contradictions(), run.dossier().timeline(), run.dossier().undated()));
        assertTrue(grouping.groups().stream().map(DocumentGroup::story).distinct().count()
                < grouping.groups().size(), "the examples have a story of several documents");
        assertTrue(inTurn.contradictions().size() > 0, "the examples have contradictions");
    }
}
