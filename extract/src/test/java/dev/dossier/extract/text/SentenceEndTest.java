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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Where a junk tail may start, the end of a line's last sentence, is where the regex it replaced put it. */
class SentenceEndTest {
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…][\"'”’»)\\]]*\\s*");

    private static int byRegex(String text) {
        Matcher m = SENTENCE_END.matcher(text);
        int last = -1;
        while (m.find()) {
            if (m.end() < text.length()) {
                last = m.end();
            }
        }
        return last;
    }

    @Test
    void oddLinesEndWhereTheRegexEndedThem() {
        String[] lines = {"", ".", "a.", "a. b", "He said \"no.\" Advertisement", "Done!)]  Photo: X", "Wait… what?",
            "It ended.\t\u000B\f\rx", "Two. Three.  ", "U.S. Army Photo", "(Reuters) -", "end.»’ ", "?!", "a . . . b"};
        for (String line : lines) {
            assertEquals(byRegex(line), JunkTails.lastSentenceEnd(line), line);
        }
    }

    @Test
    void theExamplesTheRealCorpusAndTheSeedsEndWhereTheRegexEndedThem() {
        Path root = Path.of(System.getProperty("dossier.root", "../.."));
        Path shared = Path.of(System.getProperty("dossier.shared", "../../shared"));
        Assumptions.assumeTrue(Files.isDirectory(root.resolve("examples")), "no examples under " + root);
        List<Path> folders = new ArrayList<>(List.of(root.resolve("examples")));
        if (Files.isDirectory(shared.resolve("eval/real/articles"))) {
            folders.add(shared.resolve("eval/real/articles"));
            folders.add(shared.resolve("seeds"));
        }
        int ends = 0;
        for (Path folder : folders) {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                    for (Line line : Line.split(Files.readString(file, StandardCharsets.UTF_8))) {
                        assertEquals(byRegex(line.text()), JunkTails.lastSentenceEnd(line.text()), line.text());
                        ends += JunkTails.lastSentenceEnd(line.text()) > 0 ? 1 : 0;
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        assertTrue(ends > 100, ends + " lines with text after a sentence end");
    }
}
