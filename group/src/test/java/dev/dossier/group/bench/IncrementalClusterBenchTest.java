package dev.dossier.group.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dossier.group.Bcubed;
import dev.dossier.group.IncrementalGroupingTest;
import dev.dossier.group.MinHashGrouper;
import dev.dossier.model.Document;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** ECB+ stories when the texts are added to a store one at a time, in a shuffled order, against the batch's. */
@Tag("slow")
class IncrementalClusterBenchTest {
    private static final Pattern NAME = Pattern.compile("^(\\d+)_(\\d+)(ecb|ecbplus)\\.xml$");

    @Test
    void storiesAddedOneAtATimeAreCloseToTheBatchs() throws IOException {
        Path shared = Path.of(System.getProperty("dossier.shared", "../shared"));
        Path input = shared.resolve("bench/ecbplus/input.jsonl");
        Path key = shared.resolve("eval/ecbplus-key.json");
        Assumptions.assumeTrue(Files.exists(input) && Files.exists(key), "no ECB+ data under " + shared);
        List<Document> documents = new ArrayList<>(ClusterBench.read(input));
        Collections.shuffle(documents, new Random(5));

        Map<String, String> batch = new HashMap<>();
        new MinHashGrouper().group(documents).groups().forEach(g -> batch.put(g.document(), g.story()));
        long started = System.nanoTime();
        Map<String, String> incremental = new HashMap<>();
        IncrementalGroupingTest.addedOneAtATime(documents).allGroups().forEach(g -> incremental.put(g.document(), g.story()));
        double seconds = (System.nanoTime() - started) / 1e9;
        int half = documents.size() / 2;
        Map<String, String> afterRebuild = new HashMap<>();
        IncrementalGroupingTest.addedOneAtATime(IncrementalGroupingTest.rebuilt(documents.subList(0, half)),
                documents.subList(half, documents.size())).allGroups().forEach(g -> afterRebuild.put(g.document(), g.story()));
        Map<String, String> gold = new HashMap<>();
        Map<String, String> names = new ObjectMapper().readValue(key.toFile(), new TypeReference<>() {});
        names.forEach((id, name) -> {
            Matcher m = NAME.matcher(Path.of(name).getFileName().toString());
            if (m.matches()) {
                gold.put(id, m.group(1) + "/" + m.group(3));
            }
        });

        double vsBatch = Bcubed.f1(incremental, batch);
        double incrementalVsGold = Bcubed.f1(incremental, gold);
        double batchVsGold = Bcubed.f1(batch, gold);
        double halfVsBatch = Bcubed.f1(afterRebuild, batch);
        System.out.printf(java.util.Locale.ROOT, "ECB+ added one at a time (%d adds, %.1f s): B3 F1 vs batch %.3f, "
                + "vs gold %.3f (batch vs gold %.3f); half rebuilt, half added one at a time: vs batch %.3f, vs gold %.3f%n",
                documents.size(), seconds, vsBatch, incrementalVsGold, batchVsGold, halfVsBatch, Bcubed.f1(afterRebuild, gold));
        assertTrue(vsBatch >= 0.80, "vs batch " + vsBatch);
        assertTrue(halfVsBatch >= 0.90, "half rebuilt, vs batch " + halfVsBatch);
    }
}
