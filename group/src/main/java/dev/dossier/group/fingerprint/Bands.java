package dev.dossier.group.fingerprint;

/**
 * LSH band keys: two signatures are candidates when, for some band, all {@code rows} bins of that
 * band are equal, that is when their keys for the band are equal. Pure: a distributed job can key
 * documents by {@code (band, key)} and verify each bucket with {@link CopyRule#copies}.
 */
public final class Bands {
    private Bands() {}

    /** The key of band {@code band} of one signature. */
    public static long key(byte[] signature, int band, int rows) {
        return key(signature, 0, band, rows);
    }

    /** The key of band {@code band} of the signature stored at {@code offset} of a larger array. */
    public static long key(byte[] signatures, int offset, int band, int rows) {
        int width = rows * MinHash.BYTES_PER_BIN;
        int from = offset + band * width;
        long h = band;
        for (int r = 0; r < width; r++) {
            h = h * 0x100000001b3L + (signatures[from + r] & 0xFF) + 1;
        }
        return Hashing.mix(h);
    }
}
