package dev.dossier.extract.decode;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Text that is mostly UTF-8 with some Windows-1252 bytes in it: a page pasted together from two
 * sources, or a Latin-1 paragraph added to a UTF-8 file. Decoding the whole of it as one charset
 * garbles the other part; here each valid UTF-8 sequence is read as UTF-8 and each byte that
 * starts no valid sequence as Windows-1252.
 */
final class MixedUtf8 {
    private static final Charset CP1252 = Charset.forName("windows-1252");

    private MixedUtf8() {}

    /** Whether the bytes hold at least one valid multi-byte UTF-8 sequence (and so are not plain single-byte text). */
    static boolean hasUtf8Sequences(byte[] b) {
        for (int i = 0; i < b.length; i++) {
            if (sequenceLength(b, i) > 1) {
                return true;
            }
        }
        return false;
    }

    static String decode(byte[] b) {
        StringBuilder text = new StringBuilder(b.length);
        int i = 0;
        while (i < b.length) {
            int length = sequenceLength(b, i);
            if (length > 0) {
                text.append(new String(b, i, length, StandardCharsets.UTF_8));
                i += length;
            } else {
                text.append(new String(b, i, 1, CP1252));
                i++;
            }
        }
        return text.toString();
    }

    /** The length of the valid UTF-8 sequence starting at {@code i}, or 0 when none starts there. */
    static int sequenceLength(byte[] b, int i) {
        int c = b[i] & 0xFF;
        if (c < 0x80) {
            return 1;
        }
        int extra = c >= 0xC2 && c <= 0xDF ? 1 : c >= 0xE0 && c <= 0xEF ? 2 : c >= 0xF0 && c <= 0xF4 ? 3 : -1;
        if (extra < 0 || i + extra >= b.length) {
            return 0;
        }
        for (int k = 1; k <= extra; k++) {
            if ((b[i + k] & 0xC0) != 0x80) {
                return 0;
            }
        }
        int second = b[i + 1] & 0xFF;
        boolean overlongOrSurrogate = c == 0xE0 && second < 0xA0 || c == 0xED && second > 0x9F
                || c == 0xF0 && second < 0x90 || c == 0xF4 && second > 0x8F;
        return overlongOrSurrogate ? 0 : extra + 1;
    }
}
