package dev.dossier.group.bench;

import dev.dossier.group.MinHashGrouper;
import dev.dossier.group.corpus.SourceArticle;
import dev.dossier.model.Document;
import dev.dossier.model.DocumentGroup;
import dev.dossier.model.DocumentStatus;
import dev.dossier.model.Metadata;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Story clustering on a corpus written by {@code dossier bench corpus}: groups the bodies of
 * {@code DIR/articles} with the default {@link MinHashGrouper} and compares the stories with the
 * truth of {@code DIR/truth.tsv} (a document's true story is its source's story among the sources). Prints the
 * time, CPU time and peak heap of the group stage, the largest story found and the largest true
 * one, and B-cubed precision, recall and F1 against the truth.
 */
public final class StoryBench {
    /** What one run measured. */
    public record Result(int documents, int stories, int largestStory, int largestTrueStory, double precision,
            double recall, double seconds, double cpuSeconds, long peakHeapMb) {
        public double f1() {
            return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "documents %d  stories %d  largest story %d (largest true %d)  "
                    + "B3 P %.3f R %.3f F1 %.3f  group stage %.1f s wall, %.1f s CPU, peak heap %d MB", documents, stories,
                    largestStory, largestTrueStory, precision, recall, f1(), seconds, cpuSeconds, peakHeapMb);
        }
    }

    private StoryBench() {}

    public static Result run(Path dir) throws IOException {
        Map<String, String> truth = truth(dir.resolve("truth.tsv"));
        List<Document> documents = new ArrayList<>(truth.size());
        for (String file : truth.keySet()) {
            SourceArticle a = SourceArticle.parse(file, Files.readString(dir.resolve("articles").resolve(file), StandardCharsets.UTF_8));
            documents.add(new Document(file, file, Metadata.empty(), String.join("\n\n", a.paragraphs()), DocumentStatus.OK,
                    Optional.empty()));
        }
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        long cpu = processCpuNanos();
        long started = System.nanoTime();
        List<DocumentGroup> groups = new MinHashGrouper().group(documents).groups();
        double seconds = (System.nanoTime() - started) / 1e9;
        double cpuSeconds = (processCpuNanos() - cpu) / 1e9;
        Map<String, String> predicted = new HashMap<>();
        groups.forEach(g -> predicted.put(g.document(), g.story()));
        double[] pr = bcubed(predicted, truth);
        return new Result(documents.size(), counts(predicted).size(), largest(predicted), largest(truth), pr[0], pr[1],
                seconds, cpuSeconds, peakHeapMb());
    }

    private static Map<String, String> truth(Path tsv) throws IOException {
        Map<String, String> truth = new java.util.TreeMap<>();
        for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
            if (!line.startsWith("#") && !line.isBlank()) {
                String[] cells = line.split("\t", -1);
                truth.put(cells[0], cells[2]);
            }
        }
        return truth;
    }

    /** B-cubed precision and recall of {@code predicted} against {@code gold} over the gold's documents. */
    static double[] bcubed(Map<String, String> predicted, Map<String, String> gold) {
        Map<String, Integer> predSize = counts(predicted);
        Map<String, Integer> goldSize = counts(gold);
        Map<String, Integer> both = new HashMap<>();
        gold.forEach((id, g) -> both.merge(predicted.get(id) + "\t" + g, 1, Integer::sum));
        double p = 0;
        double r = 0;
        for (Map.Entry<String, String> e : gold.entrySet()) {
            int same = both.get(predicted.get(e.getKey()) + "\t" + e.getValue());
            p += (double) same / predSize.get(predicted.get(e.getKey()));
            r += (double) same / goldSize.get(e.getValue());
        }
        return new double[] {p / gold.size(), r / gold.size()};
    }

    private static Map<String, Integer> counts(Map<String, String> labels) {
        Map<String, Integer> counts = new HashMap<>();
        labels.values().forEach(l -> counts.merge(l, 1, Integer::sum));
        return counts;
    }

    private static int largest(Map<String, String> labels) {
        return counts(labels).values().stream().mapToInt(Integer::intValue).max().orElse(0);
    }

    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    private static long peakHeapMb() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak >> 20;
    }
}
