package dev.dossier.group.story;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SparseAverageLinkageTest {
    private record Candidate(double average, int x, int y) {}

    /** The heap pops in the order a queue of records under the comparator it replaced does, ties included. */
    @Test
    void theCandidateHeapPopsInTheOrderOfThePriorityQueueItReplaced() {
        SplittableRandom random = new SplittableRandom(7);
        java.util.PriorityQueue<Candidate> queue = new java.util.PriorityQueue<>((p, q) -> p.average() != q.average()
                ? Double.compare(q.average(), p.average())
                : p.x() != q.x() ? Integer.compare(p.x(), q.x()) : Integer.compare(p.y(), q.y()));
        SparseAverageLinkage.CandidateHeap heap = new SparseAverageLinkage.CandidateHeap(4);
        java.util.List<Candidate> expected = new java.util.ArrayList<>();
        java.util.List<Candidate> popped = new java.util.ArrayList<>();
        for (int step = 0; step < 20_000; step++) {
            if (random.nextInt(3) > 0 || queue.isEmpty()) {
                // few distinct averages and indices: many ties on the average, some on x
                Candidate c = new Candidate(random.nextInt(8) / 8.0, random.nextInt(30), random.nextInt(30));
                queue.add(c);
                heap.add(c.average(), c.x(), c.y(), versionX(c.x()), versionY(c.y()));
            } else {
                expected.add(queue.poll());
                popped.add(top(heap));
                heap.pop();
            }
        }
        while (!queue.isEmpty()) {
            expected.add(queue.poll());
            popped.add(top(heap));
            heap.pop();
        }
        org.junit.jupiter.api.Assertions.assertEquals(expected, popped);
        org.junit.jupiter.api.Assertions.assertTrue(heap.isEmpty());
    }

    /** Versions that tell each x and y apart, the largest among them included. */
    private static int versionX(int x) {
        return x == 29 ? Integer.MAX_VALUE : x * 7;
    }

    private static int versionY(int y) {
        return y == 29 ? Integer.MAX_VALUE : y * 3 + 1;
    }

    /** The top candidate, once its versions were checked to be those queued with its x and y. */
    private static Candidate top(SparseAverageLinkage.CandidateHeap heap) {
        org.junit.jupiter.api.Assertions.assertEquals(versionX(heap.topX()), heap.topVersionX());
        org.junit.jupiter.api.Assertions.assertEquals(versionY(heap.topY()), heap.topVersionY());
        return new Candidate(heap.topAverage(), heap.topX(), heap.topY());
    }

    @Test
    void aChainOfClosepairsSplitsWhereTheAverageFallsBelowTheCut() {
        // 0~1 and 2~3 are close; 1 and 2 touch (0.25, above the cut) but the two pairs average 0.0625
        int[] a = {0, 1, 2};
        int[] b = {1, 2, 3};
        float[] similarity = {0.9f, 0.25f, 0.9f};
        assertArrayEquals(new int[] {0, 0, 2, 2}, SparseAverageLinkage.cut(4, a, b, similarity, 0.22));
    }

    @Test
    void withEveryPairAsAnEdgeItGivesTheDenseClustering() {
        SplittableRandom random = new SplittableRandom(16);
        for (int round = 0; round < 50; round++) {
            int n = 2 + random.nextInt(40);
            float[] distance = new float[n * n];
            int edges = n * (n - 1) / 2;
            int[] a = new int[edges];
            int[] b = new int[edges];
            float[] similarity = new float[edges];
            int k = 0;
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    float s = random.nextInt(4) == 0 ? (float) random.nextDouble() : (float) (random.nextDouble() * 0.1);
                    distance[i * n + j] = 1 - s;
                    distance[j * n + i] = 1 - s;
                    a[k] = i;
                    b[k] = j;
                    similarity[k++] = s;
                }
            }
            int[] sparse = SparseAverageLinkage.cut(n, a, b, similarity, 0.3);
            assertArrayEquals(AverageLinkage.cut(distance, n, 1 - 0.3), sparse, "round " + round);
        }
    }
}
