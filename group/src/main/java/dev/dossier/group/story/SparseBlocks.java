package dev.dossier.group.story;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits many texts into blocks small enough for exact clustering, without comparing all pairs:
 * each text posts its strongest features in an inverted index, texts that share a posting (of a
 * feature not too common) are compared, and blocks are the connected components of pairs at or
 * above a similarity. Used only when there are too many texts for a dense matrix.
 */
final class SparseBlocks {
    private static final int FEATURES_PER_TEXT = 8;
    private static final int MAX_POSTING = 200;

    private SparseBlocks() {}

    /** For each vector, the smallest index of its block. */
    static int[] blocks(List<SparseVector> vectors, double minSimilarity) {
        int n = vectors.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (List<Integer> posting : postings(vectors).values()) {
            if (posting.size() > MAX_POSTING) {
                continue;
            }
            for (int x = 0; x < posting.size(); x++) {
                for (int y = x + 1; y < posting.size(); y++) {
                    int a = posting.get(x);
                    int b = posting.get(y);
                    if (vectors.get(a).dot(vectors.get(b)) >= minSimilarity) {
                        union(parent, a, b);
                    }
                }
            }
        }
        int[] roots = new int[n];
        for (int i = 0; i < n; i++) {
            roots[i] = root(parent, i);
        }
        return roots;
    }

    private static Map<Integer, List<Integer>> postings(List<SparseVector> vectors) {
        Map<Integer, List<Integer>> postings = new HashMap<>();
        for (int i = 0; i < vectors.size(); i++) {
            for (int term : vectors.get(i).strongest(FEATURES_PER_TEXT)) {
                postings.computeIfAbsent(term, t -> new ArrayList<>()).add(i);
            }
        }
        return postings;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = root(parent, a);
        int rb = root(parent, b);
        parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }

    private static int root(int[] parent, int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }
}
