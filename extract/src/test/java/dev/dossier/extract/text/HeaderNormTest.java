package dev.dossier.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
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
        Path root = Path.of(System.getProperty("dossier.root", "../.."));
        Path shared = Path.of(System.getProperty("dossier.shared", "../../shared"));
        Assumptions.assumeTrue(Files.isDirectory(root.resolve("examples")), "no examples under " + root);
        List<Path> folders = new ArrayList<>(List.of(root.resolve("examples")));
        if (Files.isDirectory(shared.resolve("eval/real/articles"))) {
            folders.add(shared.resolve("eval/real/articles"));
            folders.add(shared.resolve("seeds"));
        }
        int lines = 0;
        for (Path folder : folders) {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                    for (String line : Files.readString(file, StandardCharsets.UTF_8).split("\n")) {
                        assertEquals(byRegex(line), Header.norm(line), line);
                        lines++;
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        assertTrue(lines > 1000, lines + " lines");
    }
}
