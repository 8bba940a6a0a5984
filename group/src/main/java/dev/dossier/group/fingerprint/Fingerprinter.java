package dev.dossier.group.fingerprint;

import java.util.Objects;

/** Text → fingerprint: fold, shingle, MinHash. Pure and thread-safe. */
public final class Fingerprinter {
    private final TextFolder folder;
    private final int shingleWords;
    private final int signatureSize;
    private final long seed;

    public Fingerprinter(TextFolder folder, int shingleWords, int signatureSize, long seed) {
        this.folder = Objects.requireNonNull(folder, "folder");
        if (shingleWords < 1 || signatureSize < 1) {
            throw new IllegalArgumentException("shingleWords and signatureSize must be positive: "
                    + shingleWords + ", " + signatureSize);
        }
        this.shingleWords = shingleWords;
        this.signatureSize = signatureSize;
        this.seed = seed;
    }

    public Fingerprint of(String text) {
        long[] shingles = Shingles.of(folder.words(text), shingleWords);
        return new Fingerprint(MinHash.signature(shingles, signatureSize, seed), shingles.length);
    }
}
