package dev.dossier.group.fingerprint;

import java.util.Arrays;

/** Word shingles: the distinct hashes of every run of {@code size} consecutive words, sorted. */
public final class Shingles {
    private Shingles() {}

    /** Sorted distinct shingle hashes; a text shorter than {@code size} words is one shingle; no words, none. */
    public static long[] of(String[] words, int size) {
        if (size < 1) {
            throw new IllegalArgumentException("shingle size must be positive: " + size);
        }
        if (words.length == 0) {
            return new long[0];
        }
        long[] wordHashes = new long[words.length];
        for (int i = 0; i < words.length; i++) {
            wordHashes[i] = Hashing.of(words[i]);
        }
        int count = Math.max(1, words.length - size + 1);
        long[] shingles = new long[count];
        for (int i = 0; i < count; i++) {
            long h = size;
            for (int j = i; j < Math.min(i + size, words.length); j++) {
                h = Hashing.combine(h, wordHashes[j]);
            }
            shingles[i] = h;
        }
        return distinctSorted(shingles);
    }

    static long[] distinctSorted(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (n == 0 || sorted[i] != sorted[n - 1]) {
                sorted[n++] = sorted[i];
            }
        }
        return Arrays.copyOf(sorted, n);
    }
}
