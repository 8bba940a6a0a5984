package dev.dossier.extract.decode;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Recognises bytes that are not text: known file signatures, NUL bytes, control characters. */
final class Binary {
    private static final int SAMPLE = 8_192;
    private static final String[][] SIGNATURES = {
        {"%PDF", "PDF"}, {"\u0089PNG", "PNG image"}, {"GIF8", "GIF image"}, {"PK\u0003\u0004", "ZIP archive"},
        {"\u00FF\u00D8\u00FF", "JPEG image"}, {"\u007FELF", "ELF executable"}, {"\u001F\u008B", "gzip data"},
        {"7z\u00BC\u00AF", "7-Zip archive"}, {"Rar!", "RAR archive"}, {"\u00D0\u00CF\u0011\u00E0", "MS Office document"},
    };

    private Binary() {}

    static Optional<String> reason(byte[] b) {
        String head = new String(b, 0, Math.min(b.length, 8), StandardCharsets.ISO_8859_1);
        for (String[] sig : SIGNATURES) {
            if (head.startsWith(sig[0])) {
                return Optional.of("binary content: looks like " + sig[1]);
            }
        }
        int n = Math.min(b.length, SAMPLE);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xFF;
            if (c == 0) {
                return Optional.of("binary content: NUL byte at offset " + i);
            }
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1B) {
                control++;
            }
        }
        return control * 20 > n ? Optional.of("binary content: " + control + " control bytes in the first " + n)
                : Optional.empty();
    }
}
