package dev.dossier.group.story;

import dev.dossier.group.fingerprint.Hashing;
import java.util.Arrays;

/**
 * One text's story features ({@link FeatureCounts}) with each term named by its stable 64-bit
 * hash ({@link Hashing#of}) instead of its string: what incremental grouping keeps of a stored
 * text and what a store indexes. Terms are sorted and distinct; weights are the raw weights (sums
 * of a few configured weights, which a float holds exactly). Immutable.
 *
 * @param terms   term hashes, sorted ascending
 * @param weights each term's raw weight
 */
public record StoryTerms(long[] terms, float[] weights) {
    public StoryTerms {
        if (terms.length != weights.length) {
            throw new IllegalArgumentException("terms and weights differ in length: " + terms.length + ", " + weights.length);
        }
        for (int i = 1; i < terms.length; i++) {
            if (terms[i - 1] >= terms[i]) {
                throw new IllegalArgumentException("terms must be sorted and distinct");
            }
        }
    }

    static StoryTerms of(String[] names, double[] raw) {
        long[][] pairs = new long[names.length][];
        for (int i = 0; i < names.length; i++) {
            pairs[i] = new long[] {Hashing.of(names[i]), Float.floatToIntBits((float) raw[i])};
        }
        Arrays.sort(pairs, (x, y) -> Long.compare(x[0], y[0]));
        long[] terms = new long[pairs.length];
        float[] weights = new float[pairs.length];
        int n = 0;
        for (long[] pair : pairs) {
            // two names with one 64-bit hash are all but impossible; should it happen, the first counts
            if (n == 0 || terms[n - 1] != pair[0]) {
                terms[n] = pair[0];
                weights[n++] = Float.intBitsToFloat((int) pair[1]);
            }
        }
        return new StoryTerms(Arrays.copyOf(terms, n), Arrays.copyOf(weights, n));
    }

    public int size() {
        return terms.length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StoryTerms t && Arrays.equals(terms, t.terms) && Arrays.equals(weights, t.weights);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(terms) + Arrays.hashCode(weights);
    }

    @Override
    public String toString() {
        return "StoryTerms[" + terms.length + " terms]";
    }
}
