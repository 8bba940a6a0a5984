package dev.dossier.extract.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Java port of the benchmark metric reproduces the published figures of the reference outputs. */
class ShingleMetricTest {
    @Test
    void identicalTextScoresOneAndDisjointTextZero() {
        ShingleMetric same = new ShingleMetric();
        same.add("one two three four five", "one two three four five");
        assertEquals(1.0, same.score().f1(), 1e-9);
        ShingleMetric none = new ShingleMetric();
        none.add("one two three four five", "six seven eight nine ten");
        assertEquals(0.0, none.score().f1(), 1e-9);
    }

    @ParameterizedTest(name = "{0} → F1 {1}")
    @CsvSource({"trafilatura.json, 0.958", "readability_js.json, 0.947", "boilerpipe.json, 0.860"})
    void reproducesPublishedScores(String file, double f1) throws IOException {
        Path dir = BenchData.dir();
        JsonNode truth = BenchData.json(dir.resolve("ground-truth.json"));
        JsonNode predictions = BenchData.predictions(dir.resolve("reference-outputs").resolve(file));
        ShingleMetric metric = new ShingleMetric();
        for (Iterator<Map.Entry<String, JsonNode>> it = truth.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> page = it.next();
            metric.add(page.getValue().path("articleBody").asText(), BenchData.body(predictions, page.getKey()));
        }
        assertEquals(f1, metric.score().f1(), 0.0005);
    }
}
