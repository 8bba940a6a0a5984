package dev.dossier.extract.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.dossier.extract.CorpusTexts;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The language of a text, by its script or its common words; the words as the regex it replaced found them. */
class LanguageIdentifierTest {
    private static final Pattern WORD = Pattern.compile("[\\p{L}']+");
    private static final Set<Character.UnicodeScript> TOLD = EnumSet.of(Character.UnicodeScript.HAN,
            Character.UnicodeScript.HIRAGANA, Character.UnicodeScript.KATAKANA, Character.UnicodeScript.HANGUL,
            Character.UnicodeScript.ARABIC, Character.UnicodeScript.HEBREW, Character.UnicodeScript.GREEK,
            Character.UnicodeScript.THAI);

    @Test
    void languagesByWordsAndByScript() {
        LanguageIdentifier id = new LanguageIdentifier();
        assertEquals(Optional.of("en"), id.identify("The ministry said that the first of the tanks would be delivered in the spring."));
        assertEquals(Optional.of("de"), id.identify("Das Ministerium sagte, dass die ersten Panzer im Frühjahr geliefert werden."));
        assertEquals(Optional.of("el"), id.identify("Το υπουργείο ανακοίνωσε την παράδοση των πρώτων αρμάτων."));
        assertEquals(Optional.of("ko"), id.identify("국방부는 첫 전차가 봄에 인도될 것이라고 밝혔다."));
    }

    @Test
    void noLetterBelowTheFirstToldHasAScriptThatTellsALanguage() {
        for (char c = 0; c < LanguageIdentifier.FIRST_TOLD; c++) {
            assertFalse(Character.isLetter(c) && TOLD.contains(Character.UnicodeScript.of(c)), "U+" + Integer.toHexString(c));
        }
    }

    @Test
    void wordsAreTheRegexsWords() {
        String[] texts = {"", "'", "a", "l'armée d'Ukraine", "  x  ", "𝐀𝐁 word 𝐀 \uD835 x\uDC00y", "1990s F-16 don't",
            "국방부는 첫 전차가", "Ελλάδα's", "end'"};
        for (String text : texts) {
            assertEquals(byRegex(text), byLoop(text), text);
        }
    }

    @Test
    void theExamplesTheRealCorpusAndTheSeedsHaveTheRegexsWords() {
        for (Path file : CorpusTexts.files()) {
            String text = CorpusTexts.text(file).toLowerCase(Locale.ROOT);
            assertEquals(byRegex(text), byLoop(text), file.toString());
        }
    }

    private static List<String> byRegex(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    private static List<String> byLoop(String text) {
        List<String> words = new ArrayList<>();
        LanguageIdentifier.words(text, words::add);
        return words;
    }
}
