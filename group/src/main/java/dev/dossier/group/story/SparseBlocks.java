package dev.dossier.group.story;

import dev.dossier.group.fingerprint.UnionFind;
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
        UnionFind blocks = new UnionFind(vectors.size());
        for (List<Integer> posting : postings(vectors).values()) {
            if (posting.size() > MAX_POSTING) {
                continue;
            }
            for (int x = 0; x < posting.size(); x++) {
                for (int y = x + 1; y < posting.size(); y++) {
                    int a = posting.get(x);
                    int b = posting.get(y);
                    if (vectors.get(a).dot(vectors.get(b)) >= minSimilarity) {
                        blocks.union(a, b);
                    }
                }
            }
        }
        return blocks.roots();
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
}
