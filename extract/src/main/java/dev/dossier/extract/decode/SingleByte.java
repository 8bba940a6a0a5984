package dev.dossier.extract.decode;

import java.nio.charset.Charset;

/**
 * Guesses the single-byte charset of bytes that are not UTF-8. Cyrillic text in Windows-1251 is
 * mostly bytes 0xC0-0xFF (its letters), with lower case (0xE0-0xFF) dominating; Latin text in
 * Windows-1252 has only a few accented letters among ASCII ones.
 */
final class SingleByte {
    private static final Charset CP1251 = Charset.forName("windows-1251");
    private static final Charset CP1252 = Charset.forName("windows-1252");

    private SingleByte() {}

    static Charset guess(byte[] b) {
        long ascii = 0;
        long high = 0;
        long lowerCyrillic = 0;
        for (byte x : b) {
            int c = x & 0xFF;
            if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z') {
                ascii++;
            } else if (c >= 0xC0) {
                high++;
                lowerCyrillic += c >= 0xE0 ? 1 : 0;
            }
        }
        boolean cyrillic = high > ascii / 2 && lowerCyrillic * 2 > high;
        return cyrillic ? CP1251 : CP1252;
    }
}
