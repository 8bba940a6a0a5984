package dev.dossier.group.story;

import dev.dossier.group.fingerprint.UnionFind;
import java.util.HashMap;
import java.util.Map;

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

    /**
     * The candidate merges, best first: the highest average, then the smaller x, then the smaller y
     * (a total order on what decides a merge, so any heap pops them in the same effective order;
     * a candidate also carries the versions of its two clusters when it was queued, to tell a
     * stale one). A four-ary heap over parallel arrays rather than a queue of objects: at 10,000
     * documents it holds about a million candidates, and popping each through object references
     * was most of the story clustering's time; four children to a node halve the levels a pop
     * walks down, and their averages lie side by side in memory.
     */
    static final class CandidateHeap {
        private double[] average;
        /** x in the high half, y in the low: both are non-negative, so the longs order as (x, y). */
        private long[] pair;
        /** The versions of x and y when queued, likewise. */
        private long[] versions;
        private int size;

        CandidateHeap(int capacity) {
            int c = Math.max(16, capacity);
            average = new double[c];
            pair = new long[c];
            versions = new long[c];
        }

        boolean isEmpty() {
            return size == 0;
        }

        double topAverage() {
            return average[0];
        }

        int topX() {
            return (int) (pair[0] >>> 32);
        }

        int topY() {
            return (int) pair[0];
        }

        int topVersionX() {
            return (int) (versions[0] >>> 32);
        }

        int topVersionY() {
            return (int) versions[0];
        }

        void add(double avg, int cx, int cy, int vx, int vy) {
            if (size == average.length) {
                int c = size * 2;
                average = java.util.Arrays.copyOf(average, c);
                pair = java.util.Arrays.copyOf(pair, c);
                versions = java.util.Arrays.copyOf(versions, c);
            }
            long p = (long) cx << 32 | cy;
            long v = (long) vx << 32 | (vy & 0xFFFFFFFFL);
            int i = size++;
            while (i > 0) {
                int parent = (i - 1) >>> 2;
                if (!before(avg, p, average[parent], pair[parent])) {
                    break;
                }
                move(parent, i);
                i = parent;
            }
            set(i, avg, p, v);
        }

        void pop() {
            size--;
            if (size == 0) {
                return;
            }
            double avg = average[size];
            long p = pair[size];
            long v = versions[size];
            int i = 0;
            while (true) {
                int first = 4 * i + 1;
                if (first >= size) {
                    break;
                }
                int best = first;
                for (int c = first + 1, end = Math.min(first + 4, size); c < end; c++) {
                    if (before(average[c], pair[c], average[best], pair[best])) {
                        best = c;
                    }
                }
                if (!before(average[best], pair[best], avg, p)) {
                    break;
                }
                move(best, i);
                i = best;
            }
            set(i, avg, p, v);
        }

        /** Whether candidate (a, p) comes before (b, q): as the queue of records compared them. */
        private static boolean before(double a, long p, double b, long q) {
            if (a != b) {
                return Double.compare(b, a) < 0;
            }
            return p < q;
        }

        private void set(int i, double avg, long p, long v) {
            average[i] = avg;
            pair[i] = p;
            versions[i] = v;
        }

        private void move(int from, int to) {
            set(to, average[from], pair[from], versions[from]);
        }
    }

    /** For each of {@code n} points, the smallest index of its cluster; edges are (a[k], b[k], similarity[k]). */
    @SuppressWarnings("unchecked")
    static int[] cut(int n, int[] a, int[] b, float[] similarity, double minSimilarity) {
        Map<Integer, Double>[] sums = new Map[n];
        for (int i = 0; i < n; i++) {
            sums[i] = new HashMap<>();
        }
        CandidateHeap queue = new CandidateHeap(a.length);
        for (int k = 0; k < a.length; k++) {
            sums[a[k]].merge(b[k], (double) similarity[k], Double::sum);
            sums[b[k]].merge(a[k], (double) similarity[k], Double::sum);
        }
        for (int k = 0; k < a.length; k++) {
            if (similarity[k] >= minSimilarity) {
                queue.add(similarity[k], Math.min(a[k], b[k]), Math.max(a[k], b[k]), 0, 0);
            }
        }
        int[] size = new int[n];
        java.util.Arrays.fill(size, 1);
        int[] version = new int[n];
        UnionFind clusters = new UnionFind(n);
        while (!queue.isEmpty() && queue.topAverage() >= minSimilarity) {
            int x = queue.topX();
            int y = queue.topY();
            boolean current = version[x] == queue.topVersionX() && version[y] == queue.topVersionY();
            queue.pop();
            if (sums[x] == null || sums[y] == null || !current) {
                continue;
            }
            merge(sums, size, version, clusters, x, y, minSimilarity, queue);
        }
        return clusters.roots();
    }

    /**
     * Joins cluster {@code y} into {@code x} (x < y) and queues x's new averages that reach the cut.
     * The neighbours' own sums are not touched: theirs still name x and y, and are added up under
     * x when they are next read ({@link #canonical}), which is the sum for the merged cluster.
     */
    private static void merge(Map<Integer, Double>[] sums, int[] size, int[] version, UnionFind clusters, int x, int y,
            double minSimilarity, CandidateHeap queue) {
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
                queue.add(average, lo, hi, version[lo], version[hi]);
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
