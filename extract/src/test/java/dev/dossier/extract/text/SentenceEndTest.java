package dev.dossier.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dossier.extract.CorpusTexts;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
        int ends = 0;
        for (Path file : CorpusTexts.files()) {
            for (Line line : Line.split(CorpusTexts.text(file))) {
                assertEquals(byRegex(line.text()), JunkTails.lastSentenceEnd(line.text()), line.text());
                ends += JunkTails.lastSentenceEnd(line.text()) > 0 ? 1 : 0;
            }
        }
        assertTrue(ends > 100, ends + " lines with text after a sentence end");
    }
}
