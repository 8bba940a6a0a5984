package dev.dossier.group.story;

import dev.dossier.group.fingerprint.UnionFind;
import java.util.HashMap;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * Average-linkage clustering on a sparse similarity graph, cut at a similarity: a pair of points
 * without an edge counts as similarity 0, so two clusters join when the sum of the similarities
 * of their edges, divided by the product of their sizes, is at least the cut. With every pair of
 * positive similarity as an edge this is exact average linkage; with fewer edges the averages
 * can only be lower, so a missing edge splits a story and never joins two. Clusters merge
 * best-first (average linkage is reducible, so this is the dendrogram the nearest-neighbour
 * chain finds); ties go to the pair with the smaller indices. Time O(E log E) plus the neighbour
 * lists merged into growing clusters.
 */
final class SparseAverageLinkage {
    private SparseAverageLinkage() {}

    private record Candidate(double average, int x, int y, int versionX, int versionY) {}

    /** For each of {@code n} points, the smallest index of its cluster; edges are (a[k], b[k], similarity[k]). */
    @SuppressWarnings("unchecked")
    static int[] cut(int n, int[] a, int[] b, float[] similarity, double minSimilarity) {
        Map<Integer, Double>[] sums = new Map[n];
        for (int i = 0; i < n; i++) {
            sums[i] = new HashMap<>();
        }
        PriorityQueue<Candidate> queue = new PriorityQueue<>((p, q) -> p.average() != q.average()
                ? Double.compare(q.average(), p.average())
                : p.x() != q.x() ? Integer.compare(p.x(), q.x()) : Integer.compare(p.y(), q.y()));
        for (int k = 0; k < a.length; k++) {
            sums[a[k]].merge(b[k], (double) similarity[k], Double::sum);
            sums[b[k]].merge(a[k], (double) similarity[k], Double::sum);
        }
        for (int k = 0; k < a.length; k++) {
            if (similarity[k] >= minSimilarity) {
                queue.add(new Candidate(similarity[k], Math.min(a[k], b[k]), Math.max(a[k], b[k]), 0, 0));
            }
        }
        int[] size = new int[n];
        java.util.Arrays.fill(size, 1);
        int[] version = new int[n];
        UnionFind clusters = new UnionFind(n);
        for (Candidate c = queue.poll(); c != null && c.average() >= minSimilarity; c = queue.poll()) {
            if (sums[c.x()] == null || sums[c.y()] == null || version[c.x()] != c.versionX() || version[c.y()] != c.versionY()) {
                continue;
            }
            merge(sums, size, version, clusters, c.x(), c.y(), minSimilarity, queue);
        }
        return clusters.roots();
    }

    /**
     * Joins cluster {@code y} into {@code x} (x < y) and queues x's new averages that reach the cut.
     * The neighbours' own sums are not touched: theirs still name x and y, and are added up under
     * x when they are next read ({@link #canonical}), which is the sum for the merged cluster.
     */
    private static void merge(Map<Integer, Double>[] sums, int[] size, int[] version, UnionFind clusters, int x, int y,
            double minSimilarity, PriorityQueue<Candidate> queue) {
        Map<Integer, Double> big = sums[x].size() >= sums[y].size() ? sums[x] : sums[y];
        Map<Integer, Double> small = big == sums[x] ? sums[y] : sums[x];
        small.forEach((k, v) -> big.merge(k, v, Double::sum));
        sums[x] = null;
        sums[y] = null;
        clusters.union(x, y);
        Map<Integer, Double> merged = canonical(big, clusters, x);
        sums[x] = merged;
        size[x] += size[y];
        version[x]++;
        for (Map.Entry<Integer, Double> e : merged.entrySet()) {
            int other = e.getKey();
            double average = e.getValue() / ((double) size[x] * size[other]);
            if (average >= minSimilarity) {
                int lo = Math.min(x, other);
                int hi = Math.max(x, other);
                queue.add(new Candidate(average, lo, hi, version[lo], version[hi]));
            }
        }
    }

    /** {@code sums} with each key replaced by its cluster's representative (values added up), without {@code self}. */
    private static Map<Integer, Double> canonical(Map<Integer, Double> sums, UnionFind clusters, int self) {
        Map<Integer, Double> out = new HashMap<>(sums.size() * 2);
        sums.forEach((k, v) -> {
            int root = clusters.find(k);
            if (root != self) {
                out.merge(root, v, Double::sum);
            }
        });
        return out;
    }
}
