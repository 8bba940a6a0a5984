package dev.dossier.group.story;

import dev.dossier.group.fingerprint.UnionFind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * Clusters texts into stories: TF-IDF vectors of {@link StoryFeatures} (sublinear term
 * frequency, idf = ln((n + 1) / df), so that a feature of every text still
 * counts a little; features seen in one text only are dropped; when the texts' copy families are
 * given, n and df count families, not texts), cosine similarity, average linkage
 * cut at {@link StoryRule#minSimilarity()}. Exact up to {@value #DENSE_LIMIT} texts (quadratic: a
 * dense similarity matrix, its dot products summed over shared features only, {@link InvertedDot}). Above that, only {@link CandidatePairs} are compared (texts sharing
 * one of their strongest features, in linear time); the texts are split into blocks, the
 * connected components of candidate pairs at or above the cut, which no average-linkage cluster
 * spans; each block of up to {@value #DENSE_LIMIT} texts is clustered exactly, and a larger one by
 * average linkage over its candidate pairs ({@link SparseAverageLinkage}: a pair not compared
 * counts as unrelated, so it splits rather than merges). On ECB+ among ten times as many variants
 * this gives the same stories as exact clustering of all of them. Features, vectors, the rows of
 * a similarity matrix and small blocks are worked out in parallel (the common fork-join pool),
 * each number computed as it would be in turn; at most one matrix of more than 4 MB is
 * alive at a time. Pure and thread-safe; ties go to the smaller index, so the same texts in the
 * same order give the same clusters.
 */
public final class StoryClusterer {
    /** Up to this many texts are clustered exactly (a dense float matrix of 64 MB at most). */
    static final int DENSE_LIMIT = 4000;
    /**
     * Candidate pairs less similar than this are not kept: in an oversized block they count as 0,
     * which moves an average by at most this much. (0.1 before the idf counted copy families,
     * which raised the similarities: at 0.1 the pairs kept at 10k grew from 0.96 to 2.6 million.)
     */
    static final double EDGE_FLOOR = 0.15;
    /** Blocks up to this many texts (a 4 MB matrix) are clustered in parallel; larger ones one at a time. */
    private static final int PARALLEL_LIMIT = 1000;
    /** Into how many shares the rows of a similarity matrix are dealt to be worked out in parallel. */
    private static final int ROW_SHARES = 16;

    private final StoryRule rule;
    private final StoryFeatures features;
    private final int denseLimit;

    public StoryClusterer(StoryRule rule) {
        this(rule, DENSE_LIMIT);
    }

    StoryClusterer(StoryRule rule, int denseLimit) {
        this.rule = Objects.requireNonNull(rule, "rule");
        this.features = new StoryFeatures(rule);
        this.denseLimit = denseLimit;
    }

    /** For each text, the smallest index of the texts in its story. */
    public int[] cluster(List<String> texts) {
        return cluster(texts, null);
    }

    /**
     * As {@link #cluster(List)}, where {@code copyOf[i]} names text i's copy family (the same
     * number for all its copies, such as the index of one of them; null when none are known): a
     * family counts as one document in the idf ({@link #vectorsOf}).
     */
    public int[] cluster(List<String> texts, int[] copyOf) {
        return clusterCounted(texts.parallelStream().map(this::features).toList(), copyOf);
    }

    /** One text's story features: a pure function of the text, which a caller may keep for it. */
    public FeatureCounts features(String text) {
        return FeatureCounts.of(features.of(text));
    }

    /**
     * As {@link #cluster(List, int[])}, over each text's {@link #features} worked out already: the
     * same clusters as from the texts themselves.
     */
    public int[] clusterCounted(List<FeatureCounts> counted, int[] copyOf) {
        List<SparseVector> vectors = vectorsOf(counted, copyOf);
        if (vectors.size() <= denseLimit) {
            return exact(vectors, rule);
        }
        CandidatePairs pairs = CandidatePairs.of(vectors, EDGE_FLOOR);
        return withinBlocks(vectors, blocks(vectors.size(), pairs), pairs);
    }

    /**
     * The connected components of the candidate pairs at or above the cut: an average-linkage
     * cluster never spans two of them (two clusters join only when some pair of their members is
     * at least that similar), so clustering each on its own gives the same stories.
     */
    private int[] blocks(int n, CandidatePairs pairs) {
        UnionFind blocks = new UnionFind(n);
        for (int k = 0; k < pairs.size(); k++) {
            if (pairs.similarity[k] >= rule.minSimilarity()) {
                blocks.union(pairs.a[k], pairs.b[k]);
            }
        }
        return blocks.roots();
    }

    /**
     * Exact clustering inside each block of up to {@link #denseLimit} texts; a larger block is
     * clustered by average linkage over its candidate pairs ({@link SparseAverageLinkage}), where a
     * pair that was not compared counts as unrelated: it splits rather than merges.
     */
    private int[] withinBlocks(List<SparseVector> vectors, int[] blocks, CandidatePairs pairs) {
        Map<Integer, List<Integer>> members = new TreeMap<>();
        for (int i = 0; i < blocks.length; i++) {
            members.computeIfAbsent(blocks[i], b -> new ArrayList<>()).add(i);
        }
        int[] clusters = blocks.clone();
        List<List<Integer>> exact = members.values().stream()
                .filter(block -> block.size() > 1 && block.size() <= denseLimit).toList();
        List<int[]> locals = new ArrayList<>(exact.size());
        for (int from = 0; from < exact.size(); ) {
            // small blocks in parallel; a large one alone, so one large matrix at most is alive
            boolean large = exact.get(from).size() > PARALLEL_LIMIT;
            int to = from + 1;
            while (to < exact.size() && !large && exact.get(to).size() <= PARALLEL_LIMIT) {
                to++;
            }
            List<List<Integer>> run = exact.subList(from, to);
            (large ? run.stream() : run.parallelStream())
                    .map(block -> exact(block.stream().map(vectors::get).toList(), rule))
                    .forEachOrdered(locals::add);
            from = to;
        }
        for (int b = 0; b < exact.size(); b++) {
            List<Integer> block = exact.get(b);
            for (int k = 0; k < block.size(); k++) {
                clusters[block.get(k)] = block.get(locals.get(b)[k]);
            }
        }
        members.values().stream().filter(block -> block.size() > denseLimit)
                .forEach(block -> sparse(block, pairs, clusters));
        return clusters;
    }

    /** Sparse average linkage of one oversized block (sorted member indices) into {@code clusters}. */
    private void sparse(List<Integer> block, CandidatePairs pairs, int[] clusters) {
        int[] local = new int[clusters.length];
        Arrays.fill(local, -1);
        for (int k = 0; k < block.size(); k++) {
            local[block.get(k)] = k;
        }
        int[] edges = IntStream.range(0, pairs.size())
                .filter(k -> local[pairs.a[k]] >= 0 && local[pairs.b[k]] >= 0).toArray();
        int[] a = new int[edges.length];
        int[] b = new int[edges.length];
        float[] similarity = new float[edges.length];
        for (int e = 0; e < edges.length; e++) {
            a[e] = local[pairs.a[edges[e]]];
            b[e] = local[pairs.b[edges[e]]];
            similarity[e] = pairs.similarity[edges[e]];
        }
        int[] roots = SparseAverageLinkage.cut(block.size(), a, b, similarity, rule.minSimilarity());
        for (int k = 0; k < block.size(); k++) {
            clusters[block.get(k)] = block.get(roots[k]);
        }
    }

    private static int[] exact(List<SparseVector> vectors, StoryRule rule) {
        int n = vectors.size();
        float[] distance = new float[n * n];
        InvertedDot dots = new InvertedDot(vectors);
        // rows in parallel, dealt round so that each share has long and short rows; each fills its own cells
        int shares = Math.min(n, ROW_SHARES);
        IntStream.range(0, shares).parallel().forEach(share -> {
            double[] similarity = new double[n];
            for (int i = share; i < n; i += shares) {
                dots.after(i, similarity);
                for (int j = i + 1; j < n; j++) {
                    float d = (float) (1 - similarity[j]);
                    distance[i * n + j] = d;
                    distance[j * n + i] = d;
                }
            }
        });
        return AverageLinkage.cut(distance, n, 1 - rule.minSimilarity());
    }

    /**
     * Unit-length TF-IDF vectors, one per text's features, where a copy family counts as one
     * document ({@code copyOf} as in {@link #cluster(List, int[])}, null: each text its own): the
     * document frequency of a feature is the number of families that have it, idf is over the
     * number of families, and a feature of one family only is dropped (it can only make a text
     * like its own copies, which share its story anyway). Without this a text with many copies
     * (a wire story taken by many outlets, or reposted) has its own words counted rare and
     * weighted high, and those words, shared only with its copies, crowd out what it shares with
     * other reports of the same event.
     */
    private static List<SparseVector> vectorsOf(List<FeatureCounts> raw, int[] copyOf) {
        int[] families = copyOf != null ? copyOf : IntStream.range(0, raw.size()).toArray();
        Map<String, Integer> documentFrequency = familyFrequency(raw, families);
        double documents = Arrays.stream(families).distinct().count();
        Map<String, Integer> termIds = termIds(documentFrequency);
        // each vector on its own: the same sums in the same order as one after the other
        return raw.parallelStream().map(f -> {
            Map<Integer, Double> weights = new TreeMap<>();
            f.forEach((term, weight) -> {
                Integer id = termIds.get(term);
                if (id != null) {
                    double idf = Math.log((documents + 1.0) / documentFrequency.get(term));
                    weights.put(id, (1 + Math.log(weight)) * idf);
                }
            });
            return SparseVector.unit(weights);
        }).toList();
    }

    /** The features of at least two families, numbered in their sorted order. */
    private static Map<String, Integer> termIds(Map<String, Integer> documentFrequency) {
        List<String> shared = documentFrequency.entrySet().stream().filter(e -> e.getValue() >= 2)
                .map(Map.Entry::getKey).sorted().toList();
        Map<String, Integer> termIds = new HashMap<>();
        shared.forEach(term -> termIds.put(term, termIds.size()));
        return termIds;
    }

    /**
     * For each feature, how many families have it ({@code families[i]}: text i's family). Families
     * are counted in parallel and the counts added up: whole numbers, so the order cannot matter.
     */
    private static Map<String, Integer> familyFrequency(List<FeatureCounts> raw, int[] families) {
        Map<Integer, List<Integer>> members = new HashMap<>();
        for (int i = 0; i < raw.size(); i++) {
            members.computeIfAbsent(families[i], f -> new ArrayList<>(1)).add(i);
        }
        return members.values().parallelStream().map(family -> featuresOf(family, raw)).collect(HashMap::new,
                (counts, features) -> features.forEach(k -> counts.merge(k, 1, Integer::sum)),
                (counts, more) -> more.forEach((k, n) -> counts.merge(k, n, Integer::sum)));
    }

    /** The features any text of one family has. */
    private static Set<String> featuresOf(List<Integer> family, List<FeatureCounts> raw) {
        Set<String> features = new HashSet<>();
        family.forEach(i -> raw.get(i).forEach((k, weight) -> features.add(k)));
        return features;
    }
}
