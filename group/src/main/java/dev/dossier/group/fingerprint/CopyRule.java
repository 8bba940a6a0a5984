package dev.dossier.group.fingerprint;

/**
 * When two fingerprints are copies of one text, and how candidates are found. Two texts are copies
 * when their estimated Jaccard similarity reaches {@code minJaccard}; or when most of the smaller
 * one is found in the larger ({@code minContainment}: a reprint that drops paragraphs, a crawl that
 * kept only the first part of the page); or when about half of the smaller one is found in a larger
 * one of comparable length ({@code rewriteContainment} and {@code rewriteJaccard}: a rewrite that
 * puts its own lead on the wire text). Fingerprints leave quotations out ({@link Quotations}), so
 * independent reports quoting one statement at length do not count as copies.
 *
 * @param bands              LSH bands; the signature has {@code bands * rows} bins
 * @param rows               bins per band: two texts become candidates when one band matches in full
 * @param minJaccard         estimated Jaccard similarity at or above which two texts are copies
 * @param minContainment     estimated share of the smaller text found in the larger at or above which
 *                           they are copies
 * @param minShingles        texts with fewer distinct shingles are too short to call copies
 * @param rewriteContainment estimated share of the smaller text found in the larger at or above which
 *                           texts of comparable length are copies
 * @param rewriteJaccard     the estimated Jaccard similarity that makes their lengths comparable
 *                           (it keeps a short text inside a long one, whose containment estimate is
 *                           too noisy for the lower share, out of that rule)
 */
public record CopyRule(int bands, int rows, double minJaccard, double minContainment, int minShingles,
                       double rewriteContainment, double rewriteJaccard) {
    private static final double REWRITE_CONTAINMENT = 0.4;
    private static final double REWRITE_JACCARD = 0.15;

    public CopyRule {
        positive(bands, "bands");
        positive(rows, "rows");
        unit(minJaccard, "minJaccard");
        unit(minContainment, "minContainment");
        positive(minShingles, "minShingles");
        unit(rewriteContainment, "rewriteContainment");
        unit(rewriteJaccard, "rewriteJaccard");
    }

    /** The rule with the default rewrite thresholds (for callers that carry only the first five values). */
    public CopyRule(int bands, int rows, double minJaccard, double minContainment, int minShingles) {
        this(bands, rows, minJaccard, minContainment, minShingles, REWRITE_CONTAINMENT, REWRITE_JACCARD);
    }

    /**
     * 75 bands of 2 rows: a pair at Jaccard 0.2 becomes a candidate with probability 0.95, at 0.15
     * with 0.82, at 0.02 with 0.03. Rewrites of one wire text in real reports share 0.5 to 0.6 of the
     * smaller text's shingles (quotations left out); independent reports of one event, and one
     * agency's successive stories reusing a background paragraph, a third or less.
     */
    public static CopyRule defaults() {
        return new CopyRule(75, 2, 0.5, 0.7, 20, REWRITE_CONTAINMENT, REWRITE_JACCARD);
    }

    /** MinHash bins per signature. */
    public int bins() {
        return bands * rows;
    }

    /** Bytes per signature. */
    public int signatureSize() {
        return bins() * MinHash.BYTES_PER_BIN;
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
        double containment = MinHash.containment(jaccard, shinglesA, shinglesB);
        return jaccard >= minJaccard || containment >= minContainment
                || containment >= rewriteContainment && jaccard >= rewriteJaccard;
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
