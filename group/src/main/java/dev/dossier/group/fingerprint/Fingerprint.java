package dev.dossier.group.fingerprint;

/** A text's b-bit MinHash signature and how many distinct shingles it had. */
public record Fingerprint(byte[] signature, int shingles) {
    public Fingerprint {
        signature = signature.clone();
        if (shingles < 0) {
            throw new IllegalArgumentException("shingles must not be negative: " + shingles);
        }
    }

    @Override
    public byte[] signature() {
        return signature.clone();
    }

    /** Adds this fingerprint to {@code index}; returns its index there. */
    public int addTo(CopyIndex index) {
        return index.add(signature, shingles);
    }
}
