package dev.dossier.group.fingerprint;

/**
 * When two fingerprints are copies of one text, and how candidates are found.
 *
 * @param bands          LSH bands; the signature has {@code bands * rows} bins
 * @param rows           bins per band: two texts become candidates when one band matches in full
 * @param minJaccard     estimated Jaccard similarity at or above which two texts are copies
 * @param minContainment estimated share of the smaller text found in the larger at or above which
 *                       they are copies (a reprint that drops paragraphs is still a copy)
 * @param minShingles    texts with fewer distinct shingles are too short to call copies
 */
public record CopyRule(int bands, int rows, double minJaccard, double minContainment, int minShingles) {
    public CopyRule {
        positive(bands, "bands");
        positive(rows, "rows");
        unit(minJaccard, "minJaccard");
        unit(minContainment, "minContainment");
        positive(minShingles, "minShingles");
    }

    /** 50 bands of 3 rows: a pair at Jaccard 0.4 becomes a candidate with probability 0.96, at 0.1 with 0.05. */
    public static CopyRule defaults() {
        return new CopyRule(50, 3, 0.5, 0.7, 20);
    }

    public int signatureSize() {
        return bands * rows;
    }

    /** Whether two texts with these signatures and distinct-shingle counts are copies. */
    public boolean copies(byte[] a, int shinglesA, byte[] b, int shinglesB) {
        return copies(MinHash.jaccard(a, b), shinglesA, shinglesB);
    }

    /** Whether two texts with this estimated Jaccard similarity and these distinct-shingle counts are copies. */
    public boolean copies(double jaccard, int shinglesA, int shinglesB) {
        if (shinglesA < minShingles || shinglesB < minShingles) {
            return false;
        }
        return jaccard >= minJaccard || MinHash.containment(jaccard, shinglesA, shinglesB) >= minContainment;
    }

    private static void positive(int value, String name) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be positive: " + value);
        }
    }

    private static void unit(double value, String name) {
        if (!(value > 0 && value <= 1)) {
            throw new IllegalArgumentException(name + " must be in (0, 1]: " + value);
        }
    }
}
