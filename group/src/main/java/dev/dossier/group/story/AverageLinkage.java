package dev.dossier.group.story;

import dev.dossier.group.fingerprint.UnionFind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Average-linkage (UPGMA) agglomerative clustering by the nearest-neighbour chain algorithm
 * (Murtagh 1983): O(n²) time on a dense distance matrix, which it overwrites. The dendrogram is
 * then cut at a distance: two clusters are one when they merge at or below it.
 */
final class AverageLinkage {
    private AverageLinkage() {}

    record Merge(int keep, int drop, float height) {}

    /** For each of {@code n} points, the smallest index of its cluster after cutting at {@code maxDistance}. */
    static int[] cut(float[] distance, int n, double maxDistance) {
        List<Merge> merges = merges(distance, n);
        merges.sort(Comparator.comparingDouble(Merge::height));
        UnionFind clusters = new UnionFind(n);
        for (Merge m : merges) {
            if (m.height() <= maxDistance) {
                clusters.union(m.keep(), m.drop());
            }
        }
        return clusters.roots();
    }

    static List<Merge> merges(float[] d, int n) {
        boolean[] active = new boolean[n];
        java.util.Arrays.fill(active, true);
        int[] size = new int[n];
        java.util.Arrays.fill(size, 1);
        int[] chain = new int[n + 1];
        int top = 0;
        List<Merge> merges = new ArrayList<>(Math.max(0, n - 1));
        int next = 0;
        while (merges.size() < n - 1) {
            if (top == 0) {
                while (!active[next]) {
                    next++;
                }
                chain[top++] = next;
            }
            int a = chain[top - 1];
            int previous = top > 1 ? chain[top - 2] : -1;
            int b = nearest(d, n, active, a, previous);
            if (b == previous) {
                top -= 2;
                merges.add(merge(d, n, active, size, a, b));
            } else {
                chain[top++] = b;
            }
        }
        return merges;
    }

    /** The active point nearest to {@code a}; ties go to {@code previous}, then to the smaller index. */
    private static int nearest(float[] d, int n, boolean[] active, int a, int previous) {
        int best = previous;
        float bestDistance = previous >= 0 ? d[a * n + previous] : Float.POSITIVE_INFINITY;
        for (int k = 0; k < n; k++) {
            if (active[k] && k != a && d[a * n + k] < bestDistance) {
                best = k;
                bestDistance = d[a * n + k];
            }
        }
        return best;
    }

    /** Lance–Williams update for average linkage; the merged cluster lives on at the smaller index. */
    private static Merge merge(float[] d, int n, boolean[] active, int[] size, int a, int b) {
        int keep = Math.min(a, b);
        int drop = Math.max(a, b);
        float height = d[a * n + b];
        for (int k = 0; k < n; k++) {
            if (active[k] && k != keep && k != drop) {
                float v = (size[keep] * d[keep * n + k] + size[drop] * d[drop * n + k]) / (size[keep] + size[drop]);
                d[keep * n + k] = v;
                d[k * n + keep] = v;
            }
        }
        size[keep] += size[drop];
        active[drop] = false;
        return new Merge(keep, drop, height);
    }
}
