package dev.dossier.extract.decode;

import java.nio.charset.Charset;

/**
 * Guesses the single-byte charset of bytes that are not UTF-8. Cyrillic text is mostly bytes
 * 0xC0-0xFF (its letters), and lower case dominates running text: in Windows-1251 lower case is
 * 0xE0-0xFF, in KOI8-R it is 0xC0-0xDF (KOI8-R puts upper case above). Latin text in
 * Windows-1252 has only a few accented letters among ASCII ones.
 */
final class SingleByte {
    private static final Charset CP1251 = Charset.forName("windows-1251");
    private static final Charset CP1252 = Charset.forName("windows-1252");
    private static final Charset KOI8_R = Charset.forName("KOI8-R");

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
        if (high <= ascii / 2) {
            return CP1252;
        }
        return lowerCyrillic * 2 > high ? CP1251 : KOI8_R;
    }
}
