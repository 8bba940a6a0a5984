package dev.dossier.group.fingerprint;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TextFolderTest {
    private final TextFolder folder = TextFolder.standard();

    @Test
    void foldsCaseAccentsPunctuationSpellingAndCountryNames() {
        assertArrayEquals(folder.words("Türkiye's DEFENCE programme, in the U.S.!"),
                folder.words("turkey's defense program in the United States"));
        assertArrayEquals(new String[] {"turkey", "defense", "program", "in", "the", "unitedstates"},
                folder.words("Türkiye's defence programme, in the U.S."));
    }

    @Test
    void foldsTurkishLettersTheSameUnderAnyDefaultLocale() {
        assertArrayEquals(new String[] {"istanbul", "izmir", "isik"}, TextFolder.rawWords("İSTANBUL, IZMIR: ışık"));
    }

    @Test
    void splitsDesignationsAndKeepsNumbers() {
        assertArrayEquals(new String[] {"s", "400", "and", "f", "35"}, TextFolder.rawWords("S-400 and F-35"));
    }

    @Test
    void foldsTheLongestCountryPhrase() {
        assertEquals("china", folder.words("the People's Republic of China")[1]);
        assertEquals(2, folder.words("the People's Republic of China").length);
    }
}
