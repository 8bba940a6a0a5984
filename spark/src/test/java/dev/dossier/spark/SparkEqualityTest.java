package dev.dossier.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.dossier.model.Dossier;
import dev.dossier.pipeline.Pipeline;
import dev.dossier.pipeline.PipelineConfig;
import dev.dossier.pipeline.Progress;
import dev.dossier.pipeline.Stages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Spark job gives the dossier that {@code dossier analyze} gives, whatever the partitioning. */
@Tag("slow")
class SparkEqualityTest {
    private static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = Sessions.start("local[2]");
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    private static Dossier singleMachine(Path input) {
        return new Pipeline(Stages.defaults(), new PipelineConfig(2)).run(List.of(input), Progress.SILENT).dossier();
    }

    @Test
    void aSmallCorpusGivesTheSameDossierInEveryPartitioning(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("wire"));
        write(dir.resolve("a.txt"), "Poland signs tank deal\n\nWARSAW - Poland signed a contract on Friday.");
        write(dir.resolve("wire/b.txt"), "Second article\n\nThe ministry said deliveries begin next year.");
        write(dir.resolve("wire/c.txt"), "");
        Dossier expected = singleMachine(dir);
        for (int partitions : new int[] {1, 3}) {
            Dossier got = SparkAnalyzeJob.run(spark, List.of(dir.toString()), partitions).dossier();
            assertEquals(expected, got, "partitions " + partitions);
        }
        assertEquals(List.of("a.txt", "wire/b.txt", "wire/c.txt"),
                expected.documents().stream().map(d -> d.source()).toList());
    }

    @Test
    void theBundledExamplesGiveTheSameDossier() {
        Path examples = Path.of(System.getProperty("dossier.root", "..")).resolve("examples");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(examples), "no examples/ folder");
        Dossier expected = singleMachine(examples);
        assertFalse(expected.documents().isEmpty());
        assertEquals(expected, SparkAnalyzeJob.run(spark, List.of(examples.toString()), 2).dossier());
    }

    @Test
    void aGeneratedCorpusWithPlantedCopiesGivesTheSameDossier(@TempDir Path dir) throws IOException {
        for (var doc : new dev.dossier.group.corpus.CorpusGenerator(7).list(400)) {
            write(dir.resolve(doc.id() + ".txt"), doc.text());
        }
        Dossier expected = singleMachine(dir);
        long copies = expected.grouping().groups().stream().filter(g -> g.wireGroup().isPresent()).count();
        org.junit.jupiter.api.Assertions.assertTrue(copies > 20, "planted copies found: " + copies);
        assertEquals(expected, SparkAnalyzeJob.run(spark, List.of(dir.toString()), 5).dossier());
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
