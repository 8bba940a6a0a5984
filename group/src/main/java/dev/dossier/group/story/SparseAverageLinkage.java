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
     * stale one). A binary heap over parallel arrays rather than a queue of objects: at 10,000
     * documents it holds about a million candidates, and popping each through object references
     * was most of the story clustering's time.
     */
    static final class CandidateHeap {
        private double[] average;
        private int[] x;
        private int[] y;
        private int[] versionX;
        private int[] versionY;
        private int size;

        CandidateHeap(int capacity) {
            int c = Math.max(16, capacity);
            average = new double[c];
            x = new int[c];
            y = new int[c];
            versionX = new int[c];
            versionY = new int[c];
        }

        boolean isEmpty() {
            return size == 0;
        }

        double topAverage() {
            return average[0];
        }

        int topX() {
            return x[0];
        }

        int topY() {
            return y[0];
        }

        int topVersionX() {
            return versionX[0];
        }

        int topVersionY() {
            return versionY[0];
        }

        void add(double avg, int cx, int cy, int vx, int vy) {
            if (size == average.length) {
                int c = size * 2;
                average = java.util.Arrays.copyOf(average, c);
                x = java.util.Arrays.copyOf(x, c);
                y = java.util.Arrays.copyOf(y, c);
                versionX = java.util.Arrays.copyOf(versionX, c);
                versionY = java.util.Arrays.copyOf(versionY, c);
            }
            int i = size++;
            set(i, avg, cx, cy, vx, vy);
            while (i > 0) {
                int parent = (i - 1) >>> 1;
                if (!before(i, parent)) {
                    break;
                }
                swap(i, parent);
                i = parent;
            }
        }

        void pop() {
            size--;
            if (size == 0) {
                return;
            }
            set(0, average[size], x[size], y[size], versionX[size], versionY[size]);
            int i = 0;
            while (true) {
                int left = 2 * i + 1;
                if (left >= size) {
                    break;
                }
                int best = left + 1 < size && before(left + 1, left) ? left + 1 : left;
                if (!before(best, i)) {
                    break;
                }
                swap(i, best);
                i = best;
            }
        }

        /** Whether entry i comes before entry j: as the queue of records compared them. */
        private boolean before(int i, int j) {
            if (average[i] != average[j]) {
                return Double.compare(average[j], average[i]) < 0;
            }
            return x[i] != x[j] ? x[i] < x[j] : y[i] < y[j];
        }

        private void set(int i, double avg, int cx, int cy, int vx, int vy) {
            average[i] = avg;
            x[i] = cx;
            y[i] = cy;
            versionX[i] = vx;
            versionY[i] = vy;
        }

        private void swap(int i, int j) {
            double a = average[i];
            average[i] = average[j];
            average[j] = a;
            int t = x[i];
            x[i] = x[j];
            x[j] = t;
            t = y[i];
            y[i] = y[j];
            y[j] = t;
            t = versionX[i];
            versionX[i] = versionX[j];
            versionX[j] = t;
            t = versionY[i];
            versionY[i] = versionY[j];
            versionY[j] = t;
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
