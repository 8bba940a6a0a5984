package dev.dossier.group.story;

import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * The dot products of one vector with all the vectors after it, through an inverted index (per
 * feature, the vectors that have it, in increasing order, with their values): a pair costs only
 * the features it shares, not the merge of both vectors. Each pair's products are added in
 * increasing feature order starting from 0, as {@link SparseVector#dot} adds them, so the sums are
 * bit-identical to it. Immutable once built: threads may ask for different rows at once, each
 * into its own array.
 */
final class InvertedDot {
    private final List<SparseVector> vectors;
    /** Per posting: the vectors having its feature (increasing) and their value for it. */
    private final int[][] postingVectors;
    private final double[][] postingValues;

    /** The distinct feature ids of the vectors, increasing: feature {@code features[f]} is posting {@code f}. */
    private final int[] features;

    InvertedDot(List<SparseVector> vectors) {
        this.vectors = vectors;
        BitSet present = new BitSet();
        vectors.forEach(v -> Arrays.stream(v.ids()).forEach(present::set));
        features = present.stream().toArray();
        int[] counts = new int[features.length];
        for (SparseVector v : vectors) {
            for (int id : v.ids()) {
                counts[Arrays.binarySearch(features, id)]++;
            }
        }
        postingVectors = new int[features.length][];
        postingValues = new double[features.length][];
        for (int f = 0; f < features.length; f++) {
            postingVectors[f] = new int[counts[f]];
            postingValues[f] = new double[counts[f]];
        }
        int[] filled = new int[features.length];
        for (int i = 0; i < vectors.size(); i++) {
            SparseVector v = vectors.get(i);
            for (int k = 0; k < v.ids().length; k++) {
                int f = Arrays.binarySearch(features, v.ids()[k]);
                postingVectors[f][filled[f]] = i;
                postingValues[f][filled[f]++] = v.values()[k];
            }
        }
    }

    /**
     * Fills {@code out[j]} with the dot product of vectors {@code i} and {@code j} for every
     * {@code j > i} (0 where they share no feature); entries up to {@code i} are left as they are.
     */
    void after(int i, double[] out) {
        Arrays.fill(out, i + 1, vectors.size(), 0);
        SparseVector v = vectors.get(i);
        for (int k = 0; k < v.ids().length; k++) {
            int f = Arrays.binarySearch(features, v.ids()[k]);
            double value = v.values()[k];
            int[] others = postingVectors[f];
            double[] otherValues = postingValues[f];
            for (int p = Arrays.binarySearch(others, i) + 1; p < others.length; p++) {
                out[others[p]] += value * otherValues[p];
            }
        }
    }
}
