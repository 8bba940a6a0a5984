package dev.dossier.group.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dossier.group.MinHashGrouper;
import dev.dossier.group.corpus.SentenceVariants;
import dev.dossier.group.fingerprint.Hashing;
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
import java.util.SplittableRandom;
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
        predictAmongVariants(inputJsonl, out, 0, 1, false);
    }

    /**
     * As {@link #predict}, with {@code variants} variants of each text clustered along with the
     * originals ({@link SentenceVariants}: sentences shuffled, numbers changed; ids
     * {@code ORIGINAL~vK}): story clustering among ten times as many documents, where each story
     * is ten times larger. Only the originals are written, so the same scorer reads the output.
     * With {@code changeYears} the variants' years change as well as their other numbers.
     */
    public static void predictAmongVariants(Path inputJsonl, Path out, int variants, long seed, boolean changeYears)
            throws IOException {
        List<Document> originals = read(inputJsonl);
        List<Document> documents = new ArrayList<>(originals);
        for (Document d : originals) {
            for (int v = 1; v <= variants; v++) {
                SplittableRandom random = new SplittableRandom(Hashing.combine(Hashing.combine(seed, Hashing.of(d.id())), v));
                documents.add(new Document(d.id() + "~v" + v, d.source() + "~v" + v, Metadata.empty(),
                        SentenceVariants.variant(d.body(), random, changeYears), DocumentStatus.OK, Optional.empty()));
            }
        }
        Map<String, String> stories = new TreeMap<>();
        long started = System.nanoTime();
        for (DocumentGroup g : new MinHashGrouper().group(documents).groups()) {
            if (!g.document().contains("~v")) {
                stories.put(g.document(), g.story());
            }
        }
        System.err.printf(java.util.Locale.ROOT, "grouped %d documents in %.1f s%n", documents.size(),
                (System.nanoTime() - started) / 1e9);
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
