package dev.dossier.assertion.learn;

import java.util.Arrays;

/** Small operations on arrays of ints that the hot paths keep unboxed. */
public final class IntArrays {
    private IntArrays() {}

    /** The first {@code n} of {@code values}, sorted, without repeats (sorts {@code values} in place). */
    public static int[] distinctSorted(int[] values, int n) {
        Arrays.sort(values, 0, n);
        int kept = 0;
        for (int i = 0; i < n; i++) {
            if (kept == 0 || values[i] != values[kept - 1]) {
                values[kept++] = values[i];
            }
        }
        return Arrays.copyOf(values, kept);
    }
}
