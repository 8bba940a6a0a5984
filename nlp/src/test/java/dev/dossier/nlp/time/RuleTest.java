package dev.dossier.nlp.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The words a rule needs are folded the way its case-insensitive pattern compares characters. */
class RuleTest {
    /** Every char of the Basic Multilingual Plane but the surrogates, one after another. */
    private static final String ALL_CHARS = allChars();

    /** Whatever char a phrase's pattern takes for one of the phrase's letters, folded, is that letter folded. */
    @Test
    void everyCharThePatternTakesForAPhraseLetterFoldsAsTheLetter() {
        long letters = TimeLexicon.load().relativePhrases.stream()
                .flatMapToInt(row -> row[1].replace("{n}", "").replace("{weekday}", "").chars())
                .filter(Character::isLetter).distinct()
                .peek(c -> {
                    String letter = String.valueOf((char) c);
                    Matcher m = Pattern.compile("(?iu:" + Pattern.quote(letter) + ")").matcher(ALL_CHARS);
                    while (m.find()) {
                        assertEquals(Rule.fold(letter), Rule.fold(m.group()),
                                "U+" + Integer.toHexString(m.group().charAt(0)) + " matches " + letter);
                    }
                }).count();
        assertTrue(letters > 50, "letters: " + letters);
    }

    @Test
    void aPhraseNeedsItsWordsWithoutPlaceholdersSpacesOrApostrophes() {
        List<Rule> phrases = new PhraseRelativeRules(new Grammar(TimeLexicon.load())).rules();
        assertTrue(phrases.stream().anyMatch(r -> r.needs().equals(List.of("лет", "назад"))));
        assertTrue(phrases.stream().anyMatch(r -> r.needs().equals(List.of("l", "anno", "scorso"))));
        assertTrue(phrases.stream().anyMatch(r -> r.needs().equals(List.of("去年"))));
        assertFalse(phrases.stream().anyMatch(r -> r.needs().isEmpty()));
    }

    @Test
    void foldsAsciiAndOtherScriptsCharByChar() {
        assertEquals("в прошлом году, l'anno", Rule.fold("В ПРОШЛОМ ГОДУ, L'Anno"));
        assertEquals("geçen ay", Rule.fold("GEÇEN AY"));
        assertEquals("σ", Rule.fold("ς")); // final sigma: upper case Σ, whose lower case is σ
    }

    private static String allChars() {
        StringBuilder all = new StringBuilder();
        for (char c = 1; c < Character.MAX_VALUE; c++) {
            if (!Character.isSurrogate(c)) {
                all.append(c);
            }
        }
        return all.toString();
    }
}
