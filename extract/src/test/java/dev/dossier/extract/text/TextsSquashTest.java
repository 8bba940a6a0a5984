package dev.dossier.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
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
        Path root = Path.of(System.getProperty("dossier.root", "../.."));
        Path shared = Path.of(System.getProperty("dossier.shared", "../../shared"));
        Assumptions.assumeTrue(Files.isDirectory(root.resolve("examples")), "no examples under " + root);
        List<Path> folders = new ArrayList<>(List.of(root.resolve("examples")));
        if (Files.isDirectory(shared.resolve("eval/real/articles"))) {
            folders.add(shared.resolve("eval/real/articles"));
            folders.add(shared.resolve("seeds"));
        }
        int changed = 0;
        for (Path folder : folders) {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                    for (String line : Files.readString(file, StandardCharsets.UTF_8).split("\n", -1)) {
                        assertEquals(byRegex(line), Texts.squash(line), line);
                        changed += Texts.squash(line).equals(line) ? 0 : 1;
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        assertTrue(changed > 10, changed + " lines changed");
    }
}
