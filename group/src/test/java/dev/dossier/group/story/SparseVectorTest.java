package dev.dossier.group.story;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SparseVectorTest {
    /** The strongest ids picked in one pass are the first of all ids sorted by value, then id. */
    @Test
    void theStrongestAreTheFirstOfTheIdsSortedByValueThenId() {
        SplittableRandom random = new SplittableRandom(5);
        for (int round = 0; round < 500; round++) {
            int n = random.nextInt(60);
            int[] ids = random.ints(0, 200).distinct().limit(n).sorted().toArray();
            // few distinct values: many ties, which go to the smaller id
            double[] values = random.doubles(ids.length).map(v -> Math.floor(v * 6) / 6).toArray();
            SparseVector v = new SparseVector(ids, values);
            Integer[] order = new Integer[ids.length];
            Arrays.setAll(order, i -> i);
            Arrays.sort(order, (a, b) -> values[a] != values[b] ? Double.compare(values[b], values[a])
                    : Integer.compare(ids[a], ids[b]));
            for (int k : new int[] {0, 1, 3, 16, 80}) {
                int[] expected = Arrays.stream(order).limit(k).mapToInt(i -> ids[i]).toArray();
                assertArrayEquals(expected, v.strongest(k), "round " + round + ", k " + k);
            }
        }
    }
}
