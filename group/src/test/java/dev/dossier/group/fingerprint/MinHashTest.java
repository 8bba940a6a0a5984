package dev.dossier.group.fingerprint;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class MinHashTest {
    private static long[] range(long from, long to) {
        return LongStream.range(from, to).map(Hashing::mix).sorted().toArray();
    }

    @Test
    void theSameSetAndSeedGiveTheSameSignatureAndAnotherSeedAnother() {
        assertArrayEquals(MinHash.signature(range(0, 300), 150, 1), MinHash.signature(range(0, 300), 150, 1));
        assertTrue(MinHash.jaccard(MinHash.signature(range(0, 300), 150, 1), MinHash.signature(range(0, 300), 150, 2)) < 0.2);
    }

    @Test
    void estimatesJaccardAndContainment() {
        byte[] a = MinHash.signature(range(0, 1000), 150, 9);
        byte[] b = MinHash.signature(range(500, 1500), 150, 9);
        double jaccard = MinHash.jaccard(a, b);
        assertEquals(1.0 / 3, jaccard, 0.1);
        assertEquals(0.5, MinHash.containment(jaccard, 1000, 1000), 0.12);
    }

    @Test
    void aTextHalfCutIsStillContainedInItsOriginal() {
        byte[] whole = MinHash.signature(range(0, 800), 150, 5);
        byte[] firstHalf = MinHash.signature(range(0, 400), 150, 5);
        CopyRule rule = CopyRule.defaults();
        assertTrue(rule.copies(whole, 800, firstHalf, 400));
        assertFalse(rule.copies(whole, 800, MinHash.signature(range(760, 1560), 150, 5), 800), "a shared tail is no copy");
    }

    @Test
    void copyIndexJoinsCopiesByTheirSmallestIndex() {
        CopyIndex index = new CopyIndex(CopyRule.defaults(), 4);
        index.add(MinHash.signature(range(1000, 1400), 150, 5), 400);
        index.add(MinHash.signature(range(0, 400), 150, 5), 400);
        index.add(MinHash.signature(range(5000, 5400), 150, 5), 400);
        index.add(MinHash.signature(range(20, 400), 150, 5), 380);
        assertArrayEquals(new int[] {0, 1, 2, 1}, index.components());
    }

    @Test
    void aRewriteSharingHalfOfAComparableTextIsACopyAThirdIsNot() {
        CopyRule rule = CopyRule.defaults();
        byte[] wire = MinHash.signature(range(0, 400), 150, 3);
        assertTrue(rule.copies(wire, 400, MinHash.signature(range(180, 580), 150, 3), 400), "new lead, wire tail kept");
        assertFalse(rule.copies(wire, 400, MinHash.signature(range(270, 670), 150, 3), 400), "a third in common");
    }

    @Test
    void aShortTextHalfFoundInALongOneIsNoCopy() {
        long[] shortText = LongStream.concat(LongStream.range(0, 45), LongStream.range(10_000, 10_055))
                .map(Hashing::mix).sorted().toArray();
        assertFalse(CopyRule.defaults().copies(MinHash.signature(shortText, 150, 3), 100, MinHash.signature(range(0, 400), 150, 3), 400));
    }

    @Test
    void unrelatedSignaturesShareNoBand() {
        CopyIndex index = new CopyIndex(CopyRule.defaults(), 2000);
        for (int i = 0; i < 2000; i++) {
            index.add(MinHash.signature(range(i * 1000L, i * 1000L + 300), 150, 11), 300);
        }
        index.components();
        assertEquals(0, index.verifiedPairs());
    }
}
