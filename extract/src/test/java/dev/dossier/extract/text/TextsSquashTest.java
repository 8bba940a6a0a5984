package dev.dossier.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dossier.extract.CorpusTexts;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@link Texts#squash} collapses spaces as the regex it replaced did, on odd spacing and on real-looking lines. */
class TextsSquashTest {
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\u200B]+");

    private static String byRegex(String text) {
        return SPACES.matcher(text).replaceAll(" ").strip();
    }

    @Test
    void oddSpacingCollapsesAsTheRegexDid() {
        String[] lines = {"", " ", "  ", "a", " a ", "a  b", "a \t b", "\u00A0a\u00A0\u00A0b\u2007", "a\u200Bb", "a \u200B b",
            "\u2003Em space stays inside\u2003 but goes at the ends\u3000", "Home  World\tDefence", "x\r\ny", "a\u000Bb\fc",
            "tail \u00A0", "\u202F", "one two three", "𝐀 𝐁  𝐂"};
        for (String line : lines) {
            assertEquals(byRegex(line), Texts.squash(line), line);
        }
        String plain = "Nothing to collapse here.";
        assertSame(plain, Texts.squash(plain));
    }

    @Test
    void theExamplesTheRealCorpusAndTheSeedsSquashAsTheRegexDid() {
        int changed = 0;
        for (Path file : CorpusTexts.files()) {
            for (String line : CorpusTexts.text(file).split("\n", -1)) {
                assertEquals(byRegex(line), Texts.squash(line), line);
                changed += Texts.squash(line).equals(line) ? 0 : 1;
            }
        }
        assertTrue(changed > 10, changed + " lines changed");
    }
}
