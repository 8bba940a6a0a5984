package dev.dossier.group.story;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The inverted-index dot products are bit-identical to the merge-join dot of every pair. */
class InvertedDotTest {
    @Test
    void everyPairHasExactlyTheMergeJoinDot() {
        Random random = new Random(16);
        List<SparseVector> vectors = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            Map<Integer, Double> weights = new TreeMap<>();
            int size = random.nextInt(40);
            for (int k = 0; k < size; k++) {
                weights.put(random.nextInt(200), random.nextDouble() * 10 - 1);
            }
            vectors.add(SparseVector.unit(weights));
        }
        InvertedDot dots = new InvertedDot(vectors);
        double[] similarity = new double[vectors.size()];
        int nonZero = 0;
        for (int i = 0; i < vectors.size(); i++) {
            dots.after(i, similarity);
            for (int j = i + 1; j < vectors.size(); j++) {
                double expected = vectors.get(i).dot(vectors.get(j));
                assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(similarity[j]),
                        i + "·" + j + ": " + expected + " vs " + similarity[j]);
                nonZero += expected != 0 ? 1 : 0;
            }
        }
        assertEquals(true, nonZero > 10_000, nonZero + " pairs sharing features");
    }

    @Test
    void vectorsSharingNothingHaveZeroAndEmptyVectorsAreAllowed() {
        List<SparseVector> vectors = List.of(SparseVector.unit(new TreeMap<>(Map.of(1, 2.0, 4, 1.0))),
                SparseVector.unit(new TreeMap<>()), SparseVector.unit(new TreeMap<>(Map.of(2, 1.0))),
                SparseVector.unit(new TreeMap<>(Map.of(4, 3.0))));
        double[] similarity = new double[4];
        new InvertedDot(vectors).after(0, similarity);
        assertEquals(0.0, similarity[1]);
        assertEquals(0.0, similarity[2]);
        assertEquals(vectors.get(0).dot(vectors.get(3)), similarity[3]);
    }
}
