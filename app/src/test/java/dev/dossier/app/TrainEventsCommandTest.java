package dev.dossier.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dossier.assertion.learn.LinearModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dossier train-events} on four short articles and a gold written for this test (stories A and B). */
class TrainEventsCommandTest {
    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private void article(Path dir, String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void labelsCrossValidatesByStoryAndWritesAModelOfNumbers() throws IOException {
        Path articles = Files.createDirectories(temp.resolve("articles"));
        article(articles, "A-01.txt", "Sweden signed a contract to sell Gripen fighters to Brazil in 2014. "
                + "The minister visited the factory in Linkoping on Monday.\n");
        article(articles, "A-02.txt", "The first Gripen fighters for Brazil arrived in September 2020. "
                + "Officials in Brazil praised the pilots.\n");
        article(articles, "B-01.txt", "Poland signed a contract for K2 tanks from South Korea in 2022. "
                + "The weather in Poland was mild.\n");
        article(articles, "B-02.txt", "Poland received the first K2 tanks from South Korea in December 2022. "
                + "Poland held a parade.\n");
        Path gold = temp.resolve("gold.json");
        Files.writeString(gold, """
                {"documents": [{"file": "A-01.txt"}, {"file": "A-02.txt"}, {"file": "B-01.txt"}, {"file": "B-02.txt"}],
                 "events": [
                  {"id": "e1", "type": "CONTRACT_SIGNED", "supplier": "Sweden", "recipient": "Brazil", "system": "Gripen", "docs": ["A-01"]},
                  {"id": "e2", "type": "DELIVERY", "supplier": "Sweden", "recipient": "Brazil", "system": "Gripen", "docs": ["A-02"]},
                  {"id": "e3", "type": "CONTRACT_SIGNED", "supplier": "South Korea", "recipient": "Poland", "system": "K2", "docs": ["B-01"]},
                  {"id": "e4", "type": "DELIVERY", "supplier": "South Korea", "recipient": "Poland", "system": "K2", "docs": ["B-02"]}]}
                """, StandardCharsets.UTF_8);
        Path model = temp.resolve("model.tsv.gz");
        Path labels = temp.resolve("labels.tsv");
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), false, "train-events",
                "--gold", gold.toString(), "--articles", articles.toString(), "--out", model.toString(),
                "--labels", labels.toString(), "--threshold", "0.7", "--modality-out", temp.resolve("m.tsv.gz").toString());
        assertEquals(0, code, err.toString());
        assertTrue(out.toString().contains("leave-one-story-out (A, B held out in turn)"), out.toString());
        assertTrue(out.toString().contains("µs CPU per sentence"), out.toString());
        assertTrue(out.toString().contains("Modality classifier on the event sentences"), out.toString());
        assertTrue(Files.size(temp.resolve("m.tsv.gz")) > 0);
        String written = Files.readString(labels);
        assertTrue(written.contains("A-01.txt\t0\t"), written);
        assertTrue(written.contains("\tCONTRACT_SIGNED\tasserted\n") && written.contains("\tDELIVERY\tasserted\n"),
                written);
        assertTrue(written.contains("\tNONE\t\n"), "a sentence naming a country but no gold event is NONE: " + written);
        assertFalse(written.contains("Gripen"), "labels point at offsets, never at text");
        try (InputStream in = Files.newInputStream(model)) {
            LinearModel read = LinearModel.read(in, model.toString());
            assertEquals(0.7, read.threshold());
            assertTrue(read.classes().containsAll(java.util.List.of("NONE", "CONTRACT_SIGNED", "DELIVERY")));
        }
    }

    @Test
    void unpairedGoldAndArticlesAreAUsageError() {
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), false, "train-events",
                "--gold", "a.json", "--gold", "b.json", "--articles", "x", "--out", temp.resolve("m").toString());
        assertEquals(2, code);
        assertTrue(err.toString().contains("one --articles folder for each --gold file"), err.toString());
    }
}
