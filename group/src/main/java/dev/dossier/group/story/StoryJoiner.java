package dev.dossier.group.story;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Puts texts added to a store of grouped texts into stories without clustering the stored ones
 * again: TF-IDF vectors weighted as {@link StoryClusterer} weights them (sublinear term
 * frequency, idf = ln((n + 1) / df) over copy families, a term of one family dropped), with the
 * store's n and df as they are once the added texts are counted, and average linkage cut at
 * {@link StoryRule#minSimilarity()} over the added texts and the stored stories among their
 * candidates, where two stored stories never join (the store's stories stay as they are). Among
 * the added texts alone this is the batch's average linkage, best pair first. Pure and
 * deterministic: ties go to the smaller cluster index.
 */
public final class StoryJoiner {
    private final StoryRule rule;
    private final double families;
    private final Map<Long, Integer> frequency;

    /**
     * @param families  n: how many copy families the store holds, the added texts counted
     * @param frequency df: for each term hash the added and the candidate texts have, how many
     *                  families have it, the added texts counted (a term it does not name is in one
     *                  family at most and is dropped)
     */
    public StoryJoiner(StoryRule rule, long families, Map<Long, Integer> frequency) {
        this.rule = Objects.requireNonNull(rule, "rule");
        this.families = families;
        this.frequency = Map.copyOf(frequency);
    }

    /** How many of its strongest terms a text posts for story candidates (as {@link CandidatePairs} does). */
    public static int postedTerms() {
        return CandidatePairs.FEATURES_PER_TEXT;
    }

    /** A term posted by more texts than this says little about a story and is not followed. */
    public static int maxPosting() {
        return CandidatePairs.MAX_POSTING;
    }

    /** The hashes of a text's {@link #postedTerms()} strongest terms by this idf, strongest first (ties: smaller hash). */
    public long[] strongest(StoryTerms terms) {
        return strongest(vector(terms));
    }

    /** The hashes of a text's {@link #postedTerms()} strongest terms by raw weight, when no idf is known. */
    public static long[] strongestByWeight(StoryTerms terms) {
        double[] values = new double[terms.size()];
        Arrays.setAll(values, i -> terms.weights()[i]);
        return strongest(new Vector(terms.terms(), values));
    }

    private static long[] strongest(Vector v) {
        Integer[] order = new Integer[v.terms.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (a, b) -> v.values[a] != v.values[b] ? Double.compare(v.values[b], v.values[a])
                : Long.compare(v.terms[a], v.terms[b]));
        long[] out = new long[Math.min(postedTerms(), order.length)];
        for (int i = 0; i < out.length; i++) {
            out[i] = v.terms[order[i]];
        }
        return out;
    }

    /**
     * The stories of the added texts. {@code addedFamily[i]} names added text i's copy family among
     * the added texts (texts of one family move together); {@code storedStory[j]} numbers stored
     * text j's story (0, 1, …). For each added text: {@code -(s + 1)} when it joins stored story s,
     * else the smallest index of the added texts in its new story.
     */
    public int[] join(List<StoryTerms> added, int[] addedFamily, List<StoryTerms> stored, int[] storedStory) {
        int stories = Arrays.stream(storedStory).max().orElse(-1) + 1;
        int[] clusterOfAdded = new int[added.size()];
        Map<Integer, Integer> familyCluster = new java.util.TreeMap<>();
        for (int i = 0; i < added.size(); i++) {
            Integer known = familyCluster.get(addedFamily[i]);
            if (known == null) {
                known = stories + familyCluster.size();
                familyCluster.put(addedFamily[i], known);
            }
            clusterOfAdded[i] = known;
        }
        int k = stories + familyCluster.size();
        double[][] sum = new double[k][k];
        int[] size = new int[k];
        int[] storyOf = new int[k];
        Arrays.fill(storyOf, -1);
        for (int s = 0; s < stories; s++) {
            storyOf[s] = s;
        }
        for (int s : storedStory) {
            size[s]++;
        }
        for (int c : clusterOfAdded) {
            size[c]++;
        }
        List<Vector> a = added.stream().map(this::vector).toList();
        List<Vector> b = stored.stream().map(this::vector).toList();
        for (int i = 0; i < a.size(); i++) {
            int ci = clusterOfAdded[i];
            for (int j = 0; j < b.size(); j++) {
                double d = a.get(i).dot(b.get(j));
                sum[ci][storedStory[j]] += d;
                sum[storedStory[j]][ci] += d;
            }
            for (int j = i + 1; j < a.size(); j++) {
                int cj = clusterOfAdded[j];
                if (cj != ci) {
                    double d = a.get(i).dot(a.get(j));
                    sum[ci][cj] += d;
                    sum[cj][ci] += d;
                }
            }
        }
        int[] root = link(sum, size, storyOf);
        int[] out = new int[added.size()];
        int[] firstAdded = new int[k];
        Arrays.fill(firstAdded, -1);
        for (int i = 0; i < added.size(); i++) {
            int r = root[clusterOfAdded[i]];
            if (firstAdded[r] < 0) {
                firstAdded[r] = i;
            }
            out[i] = storyOf[r] >= 0 ? -(storyOf[r] + 1) : firstAdded[r];
        }
        return out;
    }

    /**
     * Average linkage best pair first over clusters with these pairwise similarity sums and
     * sizes, where two clusters holding stored stories never join; for each cluster its root.
     * Each cluster keeps its best partner: average linkage is reducible (a merged cluster is no
     * closer to a third than the nearer of its parts) and forbidding a pair only lowers it, so only
     * the rows that pointed at a merged cluster need looking at again.
     */
    private int[] link(double[][] sum, int[] size, int[] storyOf) {
        int k = size.length;
        boolean[] active = new boolean[k];
        int[] root = new int[k];
        for (int c = 0; c < k; c++) {
            active[c] = size[c] > 0;
            root[c] = c;
        }
        int[] best = new int[k];
        double[] bestAverage = new double[k];
        for (int c = 0; c < k; c++) {
            if (active[c]) {
                best(c, sum, size, storyOf, active, best, bestAverage);
            }
        }
        while (true) {
            int x = -1;
            for (int c = 0; c < k; c++) {
                if (active[c] && best[c] >= 0 && (x < 0 || bestAverage[c] > bestAverage[x])) {
                    x = c;
                }
            }
            if (x < 0 || bestAverage[x] < rule.minSimilarity()) {
                break;
            }
            int keep = Math.min(x, best[x]);
            int drop = Math.max(x, best[x]);
            for (int c = 0; c < k; c++) {
                sum[keep][c] += sum[drop][c];
                sum[c][keep] = sum[keep][c];
                if (root[c] == drop) {
                    root[c] = keep;
                }
            }
            size[keep] += size[drop];
            storyOf[keep] = Math.max(storyOf[keep], storyOf[drop]);
            active[drop] = false;
            for (int c = 0; c < k; c++) {
                if (active[c] && (c == keep || best[c] == keep || best[c] == drop)) {
                    best(c, sum, size, storyOf, active, best, bestAverage);
                }
            }
        }
        for (int c = 0; c < k; c++) {
            while (root[c] != root[root[c]]) {
                root[c] = root[root[c]];
            }
        }
        return root;
    }

    private static void best(int c, double[][] sum, int[] size, int[] storyOf, boolean[] active, int[] best,
            double[] bestAverage) {
        best[c] = -1;
        bestAverage[c] = Double.NEGATIVE_INFINITY;
        for (int o = 0; o < size.length; o++) {
            if (o != c && active[o] && !(storyOf[c] >= 0 && storyOf[o] >= 0)) {
                double average = sum[c][o] / ((double) size[c] * size[o]);
                if (average > bestAverage[c]) {
                    best[c] = o;
                    bestAverage[c] = average;
                }
            }
        }
    }

    private Vector vector(StoryTerms t) {
        long[] terms = new long[t.size()];
        double[] values = new double[t.size()];
        int n = 0;
        double norm = 0;
        for (int i = 0; i < t.size(); i++) {
            Integer df = frequency.get(t.terms()[i]);
            if (df != null && df >= 2) {
                terms[n] = t.terms()[i];
                values[n] = (1 + Math.log(t.weights()[i])) * Math.log((families + 1.0) / df);
                norm += values[n] * values[n];
                n++;
            }
        }
        double scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
        for (int i = 0; i < n; i++) {
            values[i] *= scale;
        }
        return new Vector(Arrays.copyOf(terms, n), Arrays.copyOf(values, n));
    }

    /** A unit TF-IDF vector over sorted term hashes. */
    private record Vector(long[] terms, double[] values) {
        double dot(Vector other) {
            double s = 0;
            int i = 0;
            int j = 0;
            while (i < terms.length && j < other.terms.length) {
                if (terms[i] == other.terms[j]) {
                    s += values[i++] * other.values[j++];
                } else if (terms[i] < other.terms[j]) {
                    i++;
                } else {
                    j++;
                }
            }
            return s;
        }
    }
}
