package dev.dossier.extract.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/** Where the shared article-extraction benchmark lives; tests skip, saying why, when it is absent. */
final class BenchData {
    private BenchData() {}

    static Path dir() {
        String shared = System.getProperty("dossier.shared", "../shared");
        Path dir = Path.of(shared, "bench", "article-extraction");
        Assumptions.assumeTrue(Files.isRegularFile(dir.resolve("ground-truth.json")),
                "skipped: the article-extraction benchmark is not at " + dir.toAbsolutePath()
                        + " (set -Ddossier.shared to the shared folder)");
        return dir;
    }

    static JsonNode json(Path file) throws IOException {
        return new ObjectMapper().readTree(file.toFile());
    }

    /** The {"id": {"articleBody": …}} map of a predictions file, unwrapping {"output": …}. */
    static JsonNode predictions(Path file) throws IOException {
        JsonNode node = json(file);
        return Optional.ofNullable(node.get("output")).filter(JsonNode::isObject).orElse(node);
    }

    static String body(JsonNode predictions, String id) {
        JsonNode item = predictions.get(id);
        return item == null ? "" : item.path("articleBody").asText("");
    }
}
