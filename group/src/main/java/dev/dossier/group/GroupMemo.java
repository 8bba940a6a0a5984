package dev.dossier.group;

import dev.dossier.group.fingerprint.CopyIndex;
import dev.dossier.group.fingerprint.MinHash;
import dev.dossier.group.story.StoryTerms;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * What incremental grouping ({@link MinHashGrouper#extend}) needs to know of one stored document,
 * worked out from it once and kept by the store: its MinHash signature and distinct-shingle count
 * (copies), its LSH band keys (copy candidates), its agency credit (origins), its story terms and
 * the terms it posts for story candidates. Made by {@link MinHashGrouper#memo}; only a readable
 * document (ok, a body that is not blank) has one. Immutable.
 *
 * @param document  the document id
 * @param signature the b-bit MinHash signature
 * @param shingles  distinct shingles of the fingerprinted text
 * @param bandKeys  one key per LSH band: the band's number in the high 24 bits,
 *                  {@link CopyIndex#bandKey} in the low 40, so that two documents share a key
 *                  exactly when the batch's index puts them in one bucket
 * @param credit    the wire the document credits ({@link AgencyCredits#creditOf})
 * @param terms     its story features by term hash
 * @param posted    the term hashes it posts for story candidates, strongest first
 */
public record GroupMemo(String document, byte[] signature, int shingles, long[] bandKeys, Optional<String> credit,
        StoryTerms terms, long[] posted) {
    /** Bumped whenever {@link #encode()} changes its layout. */
    private static final int VERSION = 1;
    private static final int BAND_BITS = 40;

    public GroupMemo {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(signature, "signature");
        Objects.requireNonNull(bandKeys, "bandKeys");
        Objects.requireNonNull(credit, "credit");
        Objects.requireNonNull(terms, "terms");
        Objects.requireNonNull(posted, "posted");
    }

    /** The band keys of {@code signature} under {@code bands} bands of {@code rows} bins. */
    static long[] bandKeys(byte[] signature, int bands, int rows) {
        long[] keys = new long[bands];
        for (int band = 0; band < bands; band++) {
            keys[band] = (long) band << BAND_BITS | CopyIndex.bandKey(signature, 0, band, rows);
        }
        return keys;
    }

    /** This memo with other posted terms (chosen when the document is added, by the idf of then). */
    GroupMemo posting(long[] terms) {
        return new GroupMemo(document, signature, shingles, bandKeys, credit, this.terms, terms);
    }

    /**
     * A compact binary form: a version byte, the id, the signature, the shingle count, bands and
     * rows (the band keys are worked out again from the signature), the credit, the terms as
     * hash and float weight pairs, and the posted hashes.
     */
    public byte[] encode() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 + signature.length + 12 * terms.size() + 8 * posted.length);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(VERSION);
            out.writeUTF(document);
            out.writeShort(signature.length);
            out.write(signature);
            out.writeInt(shingles);
            out.writeShort(bandKeys.length);
            out.writeShort(bandKeys.length == 0 ? 0 : signature.length / MinHash.BYTES_PER_BIN / bandKeys.length);
            out.writeBoolean(credit.isPresent());
            if (credit.isPresent()) {
                out.writeUTF(credit.get());
            }
            out.writeInt(terms.size());
            for (long term : terms.terms()) {
                out.writeLong(term);
            }
            for (float weight : terms.weights()) {
                out.writeFloat(weight);
            }
            out.writeShort(posted.length);
            for (long term : posted) {
                out.writeLong(term);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The next {@code length} bytes of {@code in}, big-endian as {@link DataOutputStream} wrote them. */
    private static java.nio.ByteBuffer whole(DataInputStream in, int length) throws IOException {
        byte[] bytes = in.readNBytes(length);
        if (bytes.length < length) {
            throw new java.io.EOFException("group memo cut off");
        }
        return java.nio.ByteBuffer.wrap(bytes);
    }

    /** The memo {@link #encode()} wrote; throws IllegalArgumentException for bytes it did not write. */
    public static GroupMemo decode(byte[] encoded) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(encoded))) {
            int version = in.readUnsignedByte();
            if (version != VERSION) {
                throw new IllegalArgumentException("group memo version " + version + ", this reads " + VERSION);
            }
            String document = in.readUTF();
            byte[] signature = in.readNBytes(in.readUnsignedShort());
            int shingles = in.readInt();
            int bands = in.readUnsignedShort();
            int rows = in.readUnsignedShort();
            Optional<String> credit = in.readBoolean() ? Optional.of(in.readUTF()) : Optional.empty();
            int count = in.readInt();
            if (count < 0 || count > encoded.length / Long.BYTES) {
                throw new IllegalArgumentException("group memo of " + encoded.length + " bytes claims " + count + " terms");
            }
            long[] terms = new long[count];
            float[] weights = new float[count];
            // bulk reads: a store's add decodes hundreds of memos, and one value at a time was most of it
            whole(in, Long.BYTES * count).asLongBuffer().get(terms);
            whole(in, Float.BYTES * count).asFloatBuffer().get(weights);
            long[] posted = new long[in.readUnsignedShort()];
            whole(in, Long.BYTES * posted.length).asLongBuffer().get(posted);
            if (in.available() > 0) {
                throw new IllegalArgumentException("group memo of " + encoded.length + " bytes has trailing bytes");
            }
            return new GroupMemo(document, signature, shingles, bandKeys(signature, bands, rows), credit,
                    new StoryTerms(terms, weights), posted);
        } catch (IOException e) {
            throw new IllegalArgumentException("not a group memo: " + e.getMessage(), e);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof GroupMemo m && document.equals(m.document) && Arrays.equals(signature, m.signature)
                && shingles == m.shingles && Arrays.equals(bandKeys, m.bandKeys) && credit.equals(m.credit)
                && terms.equals(m.terms) && Arrays.equals(posted, m.posted);
    }

    @Override
    public int hashCode() {
        return Objects.hash(document, Arrays.hashCode(signature), shingles, credit, terms, Arrays.hashCode(posted));
    }

    @Override
    public String toString() {
        return "GroupMemo[" + document + ", " + shingles + " shingles, " + terms.size() + " terms, credit "
                + credit.orElse("none") + "]";
    }
}
