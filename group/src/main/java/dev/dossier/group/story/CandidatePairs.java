package dev.dossier.group.story;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The pairs of texts worth comparing when there are too many for all pairs, and their exact
 * cosine similarity: each text posts its {@value #FEATURES_PER_TEXT} strongest features in an
 * inverted index, and two texts are compared when they share a posting of at most
 * {@value #MAX_POSTING} texts (a feature more common than that says little about a story and
 * would make the comparison quadratic again). Pairs below {@code minSimilarity} are not kept.
 * Linear in the number of texts for a bounded posting size; parallel over texts, deterministic.
 */
final class CandidatePairs {
    static final int FEATURES_PER_TEXT = 16;
    static final int MAX_POSTING = 400;

    /** Kept pairs: {@code a[k] < b[k]}, sorted by a then b. */
    final int[] a;
    final int[] b;
    final float[] similarity;

    private CandidatePairs(int[] a, int[] b, float[] similarity) {
        this.a = a;
        this.b = b;
        this.similarity = similarity;
    }

    int size() {
        return a.length;
    }

    static CandidatePairs of(List<SparseVector> vectors, double minSimilarity) {
        int[][] top = new int[vectors.size()][];
        IntStream.range(0, top.length).parallel().forEach(i -> top[i] = vectors.get(i).strongest(FEATURES_PER_TEXT));
        Map<Integer, int[]> postings = postings(top);
        ThreadLocal<int[]> seenBy = ThreadLocal.withInitial(() -> {
            int[] seen = new int[vectors.size()];
            Arrays.fill(seen, -1);
            return seen;
        });
        List<Row> rows = IntStream.range(0, top.length).parallel()
                .mapToObj(i -> neighbours(i, top[i], postings, vectors, minSimilarity, seenBy.get()))
                .toList();
        return flatten(rows);
    }

    private static Map<Integer, int[]> postings(int[][] top) {
        Map<Integer, List<Integer>> lists = new HashMap<>();
        for (int i = 0; i < top.length; i++) {
            for (int term : top[i]) {
                lists.computeIfAbsent(term, t -> new ArrayList<>()).add(i);
            }
        }
        Map<Integer, int[]> postings = new HashMap<>();
        lists.forEach((term, list) -> {
            if (list.size() > 1 && list.size() <= MAX_POSTING) {
                postings.put(term, list.stream().mapToInt(Integer::intValue).toArray());
            }
        });
        return postings;
    }

    /** One text's kept neighbours after it, in increasing order, with their similarity. */
    private record Row(int[] neighbours, float[] similarity) {}

    /** Text {@code i}'s kept neighbours {@code j > i}. */
    private static Row neighbours(int i, int[] top, Map<Integer, int[]> postings, List<SparseVector> vectors,
            double minSimilarity, int[] seen) {
        int[] found = new int[16];
        int count = 0;
        for (int term : top) {
            int[] posting = postings.get(term);
            if (posting == null) {
                continue;
            }
            for (int k = Arrays.binarySearch(posting, i) + 1; k < posting.length; k++) {
                int j = posting[k];
                if (seen[j] != i) {
                    seen[j] = i;
                    if (count == found.length) {
                        found = Arrays.copyOf(found, count * 2);
                    }
                    found[count++] = j;
                }
            }
        }
        Arrays.sort(found, 0, count);
        int[] js = new int[count];
        float[] sims = new float[count];
        int kept = 0;
        for (int k = 0; k < count; k++) {
            double s = vectors.get(i).dot(vectors.get(found[k]));
            if (s >= minSimilarity) {
                js[kept] = found[k];
                sims[kept++] = (float) s;
            }
        }
        return new Row(Arrays.copyOf(js, kept), Arrays.copyOf(sims, kept));
    }

    private static CandidatePairs flatten(List<Row> rows) {
        int total = rows.stream().mapToInt(r -> r.neighbours().length).sum();
        int[] a = new int[total];
        int[] b = new int[total];
        float[] similarity = new float[total];
        int k = 0;
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            for (int r = 0; r < row.neighbours().length; r++) {
                a[k] = i;
                b[k] = row.neighbours()[r];
                similarity[k++] = row.similarity()[r];
            }
        }
        return new CandidatePairs(a, b, similarity);
    }
}
