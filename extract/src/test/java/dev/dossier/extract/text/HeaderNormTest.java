package dev.dossier.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dossier.extract.CorpusTexts;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A headline's normal form, which {@link Header#same} compares, is what the regex it replaced gave. */
class HeaderNormTest {
    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private static String byRegex(String s) {
        return NOT_LETTERS.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    @Test
    void oddTextNormalisesAsTheRegexDid() {
        String[] texts = {"", " ", "--", "BREAKING: Poland buys K2 tanks | Example Herald", "İstanbul’da 2. tersane",
            "a\uD835\uDC00b \uD83D\uDE00 x\uD835y\uDC00z", "Ⅻ ½ ²", "  ...The Example Herald...  ", "Ünlü-ĞÇ 𝟘𝟙"};
        for (String text : texts) {
            assertEquals(byRegex(text), Header.norm(text), text);
        }
        assertTrue(Header.same("BREAKING: Poland buys 180 K2 tanks", "Poland buys 180 K2 tanks"));
    }

    @Test
    void theExamplesTheRealCorpusAndTheSeedsNormaliseAsTheRegexDid() {
        int lines = 0;
        for (Path file : CorpusTexts.files()) {
            for (String line : CorpusTexts.text(file).split("\n")) {
                assertEquals(byRegex(line), Header.norm(line), line);
                lines++;
            }
        }
        assertTrue(lines > 1000, lines + " lines");
    }
}
