package dev.dossier.extract.decode;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * UTF-16 without a byte-order mark (some Windows tools save it so). Text in a Latin or Cyrillic
 * script then has a NUL or a small script byte in every second position — the high byte of each
 * code unit — which real binary data does not. Recognised when, in the first bytes, nearly every
 * high byte is 0x00 or 0x04 (Cyrillic) and the low bytes are not: little-endian when the zeros
 * sit at odd offsets, big-endian at even ones.
 */
final class Utf16 {
    private static final int SAMPLE = 4_096;

    private Utf16() {}

    static Optional<Charset> withoutBom(byte[] b) {
        int n = Math.min(b.length, SAMPLE) & ~1;
        if (n < 8) {
            return Optional.empty();
        }
        if (highBytes(b, n, 1) && !highBytes(b, n, 0)) {
            return Optional.of(StandardCharsets.UTF_16LE);
        }
        if (highBytes(b, n, 0) && !highBytes(b, n, 1)) {
            return Optional.of(StandardCharsets.UTF_16BE);
        }
        return Optional.empty();
    }

    /** Whether at least 90 % of the bytes at {@code parity} look like the high byte of a BMP letter. */
    private static boolean highBytes(byte[] b, int n, int parity) {
        int units = n / 2;
        int high = 0;
        for (int i = parity; i < n; i += 2) {
            int c = b[i] & 0xFF;
            if (c == 0x00 || c == 0x04 || c == 0x20) {
                high++;
            }
        }
        return high * 10 >= units * 9;
    }
}
