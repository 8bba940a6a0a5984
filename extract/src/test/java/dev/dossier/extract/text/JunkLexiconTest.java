package dev.dossier.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Junk-line rules match as written, without capturing groups, and the texts' script measures. */
class JunkLexiconTest {
    @Test
    void groupsBecomeNonCapturingButClassesEscapesAndSpecialGroupsStay() {
        assertEquals("^(?:media contacts?|###)\\s*:?$", JunkLexicon.withoutCaptures("^(media contacts?|###)\\s*:?$"));
        assertEquals("^[(\\[]\\s*(?:ends?|fin)\\s*[)\\]]\\W*$", JunkLexicon.withoutCaptures("^[(\\[]\\s*(ends?|fin)\\s*[)\\]]\\W*$"));
        assertEquals("\\(c\\) ?(?:19|20)\\d\\d(?<=x)", JunkLexicon.withoutCaptures("\\(c\\) ?(19|20)\\d\\d(?<=x)"));
        assertEquals("a(?:b)(?:c)", JunkLexicon.withoutCaptures("a(b)(?:c)"));
        assertThrows(IllegalArgumentException.class, () -> JunkLexicon.withoutCaptures("(a)\\1"));
    }

    @Test
    void everyShippedRuleHasNoGroupLeftAndMatchesTheLinesItMatchedWithGroups() {
        String[] lines = {"Media contacts:", "(END OF STORY)", "--30--", "Reporting by Jane Doe; Editing by John Roe",
            "© 2024 Example Media. All rights reserved.", "Subscribe to our newsletter", "Click here to read more",
            "Share this article", "Tags: defence, navy", "The frigate was delivered to the navy in 2021.", "READ MORE: Poland buys tanks"};
        for (String[] row : dev.dossier.extract.Resources.tsv("junk-lines.tsv")) {
            Pattern without = Pattern.compile(JunkLexicon.withoutCaptures(row[2]));
            Pattern with = Pattern.compile(row[2]);
            assertEquals(0, without.matcher("").groupCount(), row[2]);
            for (String line : lines) {
                for (String text : new String[] {line, line.toLowerCase(java.util.Locale.ROOT)}) {
                    assertEquals(with.matcher(text).find(), without.matcher(text).find(), row[2] + " on " + text);
                }
            }
        }
    }

    @Test
    void classifiesFurnitureAndLeavesProse() {
        JunkLexicon lexicon = JunkLexicon.standard();
        assertTrue(lexicon.classify("Subscribe to our newsletter").isPresent());
        assertTrue(lexicon.classify("(END OF STORY)").isPresent());
        assertEquals(Optional.empty(), lexicon.classify("The frigate was delivered to the navy in 2021, the ministry said."));
    }

    @Test
    void proseCountsIdeographsAboutTwoToAWord() {
        assertTrue(Texts.prose("合同于去年签署，首批导弹本月交付，国防部表示将继续采购更多系统。"));
        assertEquals(false, Texts.prose("Menu"));
        for (int c = 0; c < Texts.FIRST_CJK; c++) {
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            assertTrue(!Character.isIdeographic(c) && script != Character.UnicodeScript.HANGUL
                    && script != Character.UnicodeScript.HAN && script != Character.UnicodeScript.HIRAGANA
                    && script != Character.UnicodeScript.KATAKANA, "U+" + Integer.toHexString(c));
        }
    }
}
