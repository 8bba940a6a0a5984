package dev.dossier.group.fingerprint;

import java.util.Objects;

/** Text → fingerprint: quotations out ({@link Quotations}), fold, shingle, MinHash. Pure and thread-safe. */
public final class Fingerprinter {
    private final TextFolder folder;
    private final int shingleWords;
    private final int bins;
    private final long seed;

    public Fingerprinter(TextFolder folder, int shingleWords, int bins, long seed) {
        this.folder = Objects.requireNonNull(folder, "folder");
        if (shingleWords < 1 || bins < 1) {
            throw new IllegalArgumentException("shingleWords and bins must be positive: "
                    + shingleWords + ", " + bins);
        }
        this.shingleWords = shingleWords;
        this.bins = bins;
        this.seed = seed;
    }

    public Fingerprint of(String text) {
        long[] shingles = Shingles.of(folder.words(Quotations.removed(text)), shingleWords);
        return new Fingerprint(MinHash.signature(shingles, bins, seed), shingles.length);
    }
}
