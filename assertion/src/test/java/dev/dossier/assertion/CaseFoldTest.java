package dev.dossier.assertion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dossier.nlp.text.Fold;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class CaseFoldTest {
    /** Sentences in every case style a wire feed produces, with non-ASCII letters that fold oddly. */
    private static final List<String> SENTENCES = List.of(
            "NEW DELHI SIGNED A CONTRACT TO BUY FIVE SQUADRONS; THE FIRST DELIVERY IS DUE IN 2027.",
            "Officials Said The Sale Could Face Delays After Washington Imposed Sanctions On The Agency.",
            "the ministry said its purchase of the jets was completed and the systems were shipped in may.",
            "İstanbul signed a memorandum of understanding; ſhipments were delayed, the Ministry's spokesman said.",
            "Talks on the potential sale of 36 Rafale jets resumed, and Paris agreed to supply training.",
            "The Kelvin sign \u212A and the final sigma ς do not appear in trigger words, ΑΛΛΆ ΕΔΩ ΕΊΝΑΙ.");

    @Test
    void everyFoldedTriggerFindsWhatTheCaseInsensitivePatternFinds() {
        int folded = 0;
        for (String[] row : Lexicon.rows("triggers.tsv", 4)) {
            TriggerRule rule = new TriggerRule(dev.dossier.model.EventType.OTHER, false, row[2], row[3]);
            if (rule.folded().isEmpty()) {
                continue;
            }
            folded++;
            for (String s : SENTENCES) {
                CaseFold.fold(s).ifPresent(f -> assertEquals(matches(rule.pattern(), s),
                        matches(rule.folded().get(), f), row[2] + " on: " + s));
            }
        }
        assertTrue(folded > 50, "most trigger patterns can be folded, got " + folded);
    }

    @Test
    void everyFoldedCueFindsWhatTheCaseInsensitivePatternFinds() {
        int folded = 0;
        for (String[] row : Lexicon.rows("cues.tsv", 2)) {
            String regex = row[0].trim().equals("ORDINAL") ? row[1].substring(row[1].indexOf('=') + 1) : row[1];
            java.util.Optional<Pattern> rewritten = CaseFold.compile(regex);
            if (rewritten.isEmpty()) {
                continue;
            }
            folded++;
            for (String s : SENTENCES) {
                CaseFold.fold(s).ifPresent(f -> assertEquals(matches(Lexicon.compile(regex), s),
                        matches(rewritten.get(), f), row[0] + " on: " + s));
            }
        }
        assertTrue(folded > 100, "most cue patterns can be folded, got " + folded);
    }

    @Test
    void foldKeepsLengthAndOffsets() {
        String text = "ANKARA Signed ΣΥΜΦΩΝΙΑ, Été";
        assertEquals("ankara signed συμφωνια, été", CaseFold.fold(text).orElseThrow());
        assertTrue(SENTENCES.stream().filter(sentence -> CaseFold.fold(sentence).isPresent()).count() >= 4);
    }

    @Test
    void aTextWhoseFoldWouldCrossIntoAsciiOrLettersIsLeftToTheCaseInsensitivePatterns() {
        for (String text : List.of("İstanbul signed", "ſhipments", "the \u212A sign", "ypogegrammeni \u0345")) {
            assertTrue(CaseFold.fold(text.translateEscapes()).isEmpty(), text);
        }
    }

    @Test
    void patternsThatDependOnCaseAreNotRewritten() {
        assertTrue(CaseFold.compile("\\p{Lu}\\w+").isEmpty());
        assertTrue(CaseFold.compile("(?-i)Sale").isEmpty());
        assertTrue(CaseFold.compile("(?<buyer>\\w+) bought").isEmpty());
        assertTrue(CaseFold.compile("\\x41rms").isEmpty());
        assertTrue(CaseFold.compile("[A-Z]+ sold").isEmpty(), "a range");
        assertTrue(CaseFold.compile("\\w+ sold").isEmpty(), "ASCII-only word class");
        assertTrue(CaseFold.compile("\\p{Alpha}+").isEmpty(), "ASCII-only POSIX class");
        assertTrue(CaseFold.compile("\\É").isEmpty(), "escaped non-ASCII letter");
        assertTrue(CaseFold.compile("(unclosed").isEmpty(), "a pattern that does not compile");
        assertEquals("[\\s-]sale", CaseFold.compile("[\\s-]SALE").orElseThrow().pattern());
        assertEquals("\\bsigned\\s+\\p{L}+(?<!x)(?:a|b)",
                CaseFold.compile("\\bSigned\\s+\\p{L}+(?<!X)(?:A|b)").orElseThrow().pattern());
    }

    private static List<String> matches(Pattern pattern, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            out.add(m.start() + "-" + m.end());
        }
        return out;
    }

    @Test
    void theAsciiShortcutFoldsAsLowerCaseOfUpperCase() {
        for (char c = 0; c < 0x80; c++) {
            assertEquals(Character.toLowerCase(Character.toUpperCase(c)), Fold.caseFold(c), "char " + (int) c);
        }
        assertEquals('s', Fold.caseFold('\u017F')); // long s, beyond the shortcut
        assertEquals('k', Fold.caseFold('\u212A')); // Kelvin sign
    }
}
