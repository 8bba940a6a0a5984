package dev.dossier.group.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Quality gate on ECB+ story clustering: B-cubed F1 computed as {@code score_clusters.py} does
 * (the gold comes from the file names behind the opaque ids, read here for measuring only).
 */
@Tag("slow")
class ClusterBenchTest {
    private static final Pattern NAME = Pattern.compile("^(\\d+)_(\\d+)(ecb|ecbplus)\\.xml$");

    @Test
    void bcubedF1IsAtLeast090OverAllTopicsAndOverTopics36To45(@TempDir Path dir) throws IOException {
        Path shared = Path.of(System.getProperty("dossier.shared", "../shared"));
        Path input = shared.resolve("bench/ecbplus/input.jsonl");
        Path key = shared.resolve("eval/ecbplus-key.json");
        Assumptions.assumeTrue(Files.exists(input) && Files.exists(key), "no ECB+ data under " + shared);

        Path out = dir.resolve("clusters.json");
        ClusterBench.predict(input, out);

        ObjectMapper json = new ObjectMapper();
        Map<String, String> predicted = json.readValue(out.toFile(), new TypeReference<>() {});
        Map<String, String> names = json.readValue(key.toFile(), new TypeReference<>() {});
        double all = bcubedF1(predicted, names, t -> true);
        double test = bcubedF1(predicted, names, t -> t >= 36 && t <= 45);
        System.out.printf(java.util.Locale.ROOT, "ECB+ bcubed_f1: all topics %.3f, topics 36-45 %.3f%n", all, test);
        assertTrue(all >= 0.90, "all topics " + all);
        assertTrue(test >= 0.90, "topics 36-45 " + test);
    }

    /**
     * The 982 texts among nine variants of each (9,820 documents, more than are clustered with all
     * pairs; years changed too): before candidate pairs and sparse linkage an oversized block stayed
     * one story, and before a copy family counted once in the idf each text's own words, shared
     * with its nine variants, crowded out what it shares with other reports (0.880).
     */
    @Test
    void bcubedF1AmongNineVariantsOfEachTextIsAtLeast089(@TempDir Path dir) throws IOException {
        Path shared = Path.of(System.getProperty("dossier.shared", "../shared"));
        Path input = shared.resolve("bench/ecbplus/input.jsonl");
        Path key = shared.resolve("eval/ecbplus-key.json");
        Assumptions.assumeTrue(Files.exists(input) && Files.exists(key), "no ECB+ data under " + shared);

        Path out = dir.resolve("clusters.json");
        ClusterBench.predictAmongVariants(input, out, 9, 1, true);

        ObjectMapper json = new ObjectMapper();
        Map<String, String> predicted = json.readValue(out.toFile(), new TypeReference<>() {});
        double all = bcubedF1(predicted, json.readValue(key.toFile(), new TypeReference<Map<String, String>>() {}), t -> true);
        System.out.printf(java.util.Locale.ROOT, "ECB+ among 9 variants each: bcubed_f1 %.3f%n", all);
        assertTrue(all >= 0.89, "among variants " + all);
    }

    private static double bcubedF1(Map<String, String> predicted, Map<String, String> names, IntPredicate topics) {
        Map<String, String> gold = new HashMap<>();
        Map<String, String> pred = new HashMap<>();
        names.forEach((id, name) -> {
            Matcher m = NAME.matcher(Path.of(name).getFileName().toString());
            if (m.matches() && topics.test(Integer.parseInt(m.group(1)))) {
                gold.put(id, m.group(1) + "/" + m.group(3));
                pred.put(id, predicted.getOrDefault(id, "missing:" + id));
            }
        });
        Map<String, Integer> predSize = counts(pred);
        Map<String, Integer> goldSize = counts(gold);
        Map<String, Integer> both = new HashMap<>();
        gold.forEach((id, g) -> both.merge(pred.get(id) + "\t" + g, 1, Integer::sum));
        double p = 0;
        double r = 0;
        for (String id : gold.keySet()) {
            int same = both.get(pred.get(id) + "\t" + gold.get(id));
            p += (double) same / predSize.get(pred.get(id));
            r += (double) same / goldSize.get(gold.get(id));
        }
        p /= gold.size();
        r /= gold.size();
        return 2 * p * r / (p + r);
    }

    private static Map<String, Integer> counts(Map<String, String> labels) {
        Map<String, Integer> counts = new HashMap<>();
        labels.values().forEach(l -> counts.merge(l, 1, Integer::sum));
        return counts;
    }
}
