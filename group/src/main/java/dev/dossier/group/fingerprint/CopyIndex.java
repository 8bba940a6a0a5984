package dev.dossier.group.fingerprint;

import java.util.Arrays;

/**
 * Finds which texts are copies of one another without comparing all pairs: signatures are added
 * one by one (streaming, kept as compact bytes), then each LSH band is sorted once and only texts
 * that share a band bucket are verified. Copies are the connected components of verified pairs;
 * each component is named by its smallest index, so when texts are added in document-id order the
 * answer does not depend on the order the documents arrived in. Not thread-safe while adding.
 */
public final class CopyIndex {
    /** Buckets up to this size are verified pair by pair; larger ones by a star and a chain. */
    private static final int SMALL_BUCKET = 16;
    private static final int INDEX_BITS = 24;
    public static final int MAX_TEXTS = 1 << INDEX_BITS;

    private final CopyRule rule;
    private byte[] signatures;
    private int[] shingleCounts;
    private int size;
    private long verifiedPairs;

    public CopyIndex(CopyRule rule, int expectedTexts) {
        this.rule = java.util.Objects.requireNonNull(rule, "rule");
        int capacity = Math.max(16, expectedTexts);
        this.signatures = new byte[capacity * rule.signatureSize()];
        this.shingleCounts = new int[capacity];
    }

    /** Adds one text's signature and distinct-shingle count; returns its index (0, 1, 2, …). */
    public int add(byte[] signature, int shingleCount) {
        if (signature.length != rule.signatureSize()) {
            throw new IllegalArgumentException("signature size " + signature.length + ", rule wants " + rule.signatureSize());
        }
        if (size == MAX_TEXTS) {
            throw new IllegalStateException("a copy index holds at most " + MAX_TEXTS + " texts");
        }
        if (size == shingleCounts.length) {
            int capacity = (int) Math.min(MAX_TEXTS, size * 2L);
            signatures = Arrays.copyOf(signatures, capacity * rule.signatureSize());
            shingleCounts = Arrays.copyOf(shingleCounts, capacity);
        }
        System.arraycopy(signature, 0, signatures, size * rule.signatureSize(), signature.length);
        shingleCounts[size] = shingleCount;
        return size++;
    }

    public int size() {
        return size;
    }

    /** How many candidate pairs were verified by the last {@link #components()} call. */
    public long verifiedPairs() {
        return verifiedPairs;
    }

    /** For each text, the smallest index of the texts it is a copy of (itself when it is no copy). */
    public int[] components() {
        UnionFind copies = new UnionFind(size);
        long[] keys = new long[size];
        verifiedPairs = 0;
        for (int band = 0; band < rule.bands(); band++) {
            for (int i = 0; i < size; i++) {
                keys[i] = (bandKey(i, band) << INDEX_BITS) | i;
            }
            Arrays.sort(keys);
            verifyBuckets(keys, copies);
        }
        return copies.roots();
    }

    private long bandKey(int text, int band) {
        return bandKey(signatures, text * rule.signatureSize(), band, rule.rows());
    }

    /**
     * The LSH bucket of one band of a signature stored at {@code offset} in {@code signatures}:
     * texts whose band falls in one bucket are candidates. Public so that a distributed job
     * (the Spark module) buckets exactly as this index does; {@link Bands#key} shifted right by 24 bits.
     */
    public static long bandKey(byte[] signatures, int offset, int band, int rows) {
        return Bands.key(signatures, offset, band, rows) >>> INDEX_BITS;
    }

    /** Buckets up to this size have every pair verified; larger ones a star from the first and a chain. */
    public static int smallBucket() {
        return SMALL_BUCKET;
    }

    private void verifyBuckets(long[] keys, UnionFind copies) {
        int start = 0;
        for (int i = 1; i <= keys.length; i++) {
            if (i == keys.length || (keys[i] >>> INDEX_BITS) != (keys[start] >>> INDEX_BITS)) {
                if (i - start > 1) {
                    verifyBucket(keys, start, i, copies);
                }
                start = i;
            }
        }
    }

    private void verifyBucket(long[] keys, int from, int to, UnionFind copies) {
        int mask = (1 << INDEX_BITS) - 1;
        boolean small = to - from <= SMALL_BUCKET;
        for (int i = from + 1; i < to; i++) {
            int b = (int) (keys[i] & mask);
            int firstPartner = small ? from : i - 1;
            for (int j = firstPartner; j < i; j++) {
                verify((int) (keys[j] & mask), b, copies);
            }
            if (!small) {
                verify((int) (keys[from] & mask), b, copies);
            }
        }
    }

    private void verify(int a, int b, UnionFind copies) {
        if (copies.find(a) == copies.find(b)) {
            return;
        }
        verifiedPairs++;
        if (copies(a, b)) {
            copies.union(a, b);
        }
    }

    /** Whether texts {@code a} and {@code b} are copies by the rule (no LSH involved). */
    public boolean copies(int a, int b) {
        int n = rule.signatureSize();
        return rule.copies(MinHash.jaccard(signatures, a * n, signatures, b * n, n), shingleCounts[a], shingleCounts[b]);
    }
}
