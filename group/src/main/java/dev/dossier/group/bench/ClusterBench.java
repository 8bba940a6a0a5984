package dev.dossier.group.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dossier.group.MinHashGrouper;
import dev.dossier.model.Document;
import dev.dossier.model.DocumentGroup;
import dev.dossier.model.DocumentStatus;
import dev.dossier.model.Metadata;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * ECB+ story clustering: reads {@code input.jsonl} (one {"id", "text"} object a line), groups the
 * texts with the default {@link MinHashGrouper}, and writes {"id": "story id", …} as
 * {@code score_clusters.py} reads it.
 *
 * <pre>java -cp … dev.dossier.group.bench.ClusterBench ../shared/bench/ecbplus/input.jsonl OUT.json</pre>
 */
public final class ClusterBench {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ClusterBench() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: ClusterBench INPUT.jsonl OUT.json");
            System.exit(2);
        }
        predict(Path.of(args[0]), Path.of(args[1]));
    }

    public static void predict(Path inputJsonl, Path out) throws IOException {
        List<Document> documents = read(inputJsonl);
        Map<String, String> stories = new TreeMap<>();
        for (DocumentGroup g : new MinHashGrouper().group(documents).groups()) {
            stories.put(g.document(), g.story());
        }
        JSON.writerWithDefaultPrettyPrinter().writeValue(out.toFile(), stories);
    }

    static List<Document> read(Path inputJsonl) throws IOException {
        List<Document> documents = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(inputJsonl, StandardCharsets.UTF_8)) {
            int lineNumber = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node = JSON.readTree(line);
                String id = node.path("id").asText("");
                if (id.isBlank()) {
                    throw new IOException(inputJsonl + ":" + lineNumber + ": no id");
                }
                documents.add(new Document(id, inputJsonl.getFileName() + "#" + lineNumber, Metadata.empty(),
                        node.path("text").asText(""), DocumentStatus.OK, Optional.empty()));
            }
        }
        return documents;
    }
}
