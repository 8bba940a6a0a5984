package dev.dossier.group.fingerprint;

/**
 * Seeded one-permutation MinHash (Li, Owen and Zhang 2012) with rotation densification
 * (Shrivastava and Li 2014): each shingle is hashed once, falls into one of {@code size} bins,
 * and each bin keeps its minimum; an empty bin borrows from the next non-empty bin to its right.
 * Each bin is then cut to its low 16 bits (b-bit minwise hashing, Li and König 2010) so that
 * a million signatures fit in memory; {@link #jaccard} corrects for the chance matches that
 * cutting brings. Sixteen bits rather than eight keep chance matches rare enough (1 in 65,536) for
 * LSH bands of two bins: with eight, one unrelated pair in a thousand would share a band.
 */
public final class MinHash {
    /** Bytes per bin in a signature (big-endian). */
    public static final int BYTES_PER_BIN = 2;
    private static final int EMPTY = -1;

    private MinHash() {}

    /** The b-bit signature ({@code size} bins, {@link #BYTES_PER_BIN} bytes each) of a sorted distinct shingle set; all zero for an empty set. */
    public static byte[] signature(long[] shingles, int size, long seed) {
        if (size < 1) {
            throw new IllegalArgumentException("signature size must be positive: " + size);
        }
        int[] bins = new int[size];
        java.util.Arrays.fill(bins, EMPTY);
        for (long shingle : shingles) {
            long h = Hashing.mix(shingle ^ seed);
            int bin = (int) (((h >>> 32) * size) >>> 32);
            int value = (int) (h & 0x7FFFFFFFL);
            if (bins[bin] == EMPTY || value < bins[bin]) {
                bins[bin] = value;
            }
        }
        return shingles.length == 0 ? new byte[size * BYTES_PER_BIN] : compact(densify(bins, seed));
    }

    private static int[] densify(int[] bins, long seed) {
        int[] out = bins.clone();
        for (int i = 0; i < bins.length; i++) {
            for (int step = 1; out[i] == EMPTY; step++) {
                int from = bins[(i + step) % bins.length];
                if (from != EMPTY) {
                    out[i] = (int) (Hashing.combine(from, seed + step) & 0x7FFFFFFFL);
                }
            }
        }
        return out;
    }

    private static byte[] compact(int[] values) {
        byte[] out = new byte[values.length * BYTES_PER_BIN];
        for (int i = 0; i < values.length; i++) {
            long mixed = Hashing.mix(values[i]);
            out[2 * i] = (byte) (mixed >>> 8);
            out[2 * i + 1] = (byte) mixed;
        }
        return out;
    }

    /** Estimated Jaccard similarity of the two sets behind two signatures of one size and seed. */
    public static double jaccard(byte[] a, byte[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("signatures differ in size: " + a.length + " and " + b.length);
        }
        return jaccard(a, 0, b, 0, a.length);
    }

    /** {@link #jaccard(byte[], byte[])} over signatures of {@code length} bytes stored at offsets of larger arrays. */
    public static double jaccard(byte[] a, int fromA, byte[] b, int fromB, int length) {
        int same = 0;
        for (int i = 0; i + 1 < length; i += BYTES_PER_BIN) {
            if (a[fromA + i] == b[fromB + i] && a[fromA + i + 1] == b[fromB + i + 1]) {
                same++;
            }
        }
        int bins = length / BYTES_PER_BIN;
        double chance = 1.0 / 65536;
        return Math.max(0, ((double) same / bins - chance) / (1 - chance));
    }

    /**
     * Estimated containment of the smaller set in the larger: |A ∩ B| / min(|A|, |B|), from the
     * estimated Jaccard and the set sizes (|A ∩ B| = J (|A| + |B|) / (1 + J)).
     */
    public static double containment(double jaccard, int sizeA, int sizeB) {
        if (sizeA == 0 || sizeB == 0) {
            return 0;
        }
        double intersection = jaccard * (sizeA + sizeB) / (1 + jaccard);
        return Math.min(1, intersection / Math.min(sizeA, sizeB));
    }
}
