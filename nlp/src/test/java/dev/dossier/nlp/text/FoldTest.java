package dev.dossier.nlp.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which chars write words without spaces. */
class FoldTest {
    @Test
    void noCharBeforeTheFirstIdeographicOneIsHanHiraganaOrKatakana() {
        for (char c = 0; c < Fold.FIRST_IDEOGRAPHIC; c++) {
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            assertFalse(script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                    || script == Character.UnicodeScript.KATAKANA, "U+" + Integer.toHexString(c));
        }
        assertEquals(Character.UnicodeScript.HAN, Character.UnicodeScript.of(Fold.FIRST_IDEOGRAPHIC));
    }

    @Test
    void noCharBeforeTheFirstHangulOneIsHangul() {
        for (char c = 0; c < Fold.FIRST_HANGUL; c++) {
            assertFalse(Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL, "U+" + Integer.toHexString(c));
        }
        assertEquals(Character.UnicodeScript.HANGUL, Character.UnicodeScript.of(Fold.FIRST_HANGUL));
    }

    @Test
    void hangulSyllablesAndJamoAreHangulLatinCyrillicAndHanAreNot() {
        assertTrue(Fold.isHangul('미'));
        assertTrue(Fold.isHangul('ᄀ'));
        assertTrue(Fold.isHangul('ㄱ'));
        assertFalse(Fold.isHangul('a'));
        assertFalse(Fold.isHangul('Ж'));
        assertFalse(Fold.isHangul('美'));
    }

    @Test
    void hanKanaAreIdeographicLatinCyrillicAndHangulAreNot() {
        assertTrue(Fold.isIdeographic('去'));
        assertTrue(Fold.isIdeographic('ひ'));
        assertTrue(Fold.isIdeographic('カ'));
        assertFalse(Fold.isIdeographic('a'));
        assertFalse(Fold.isIdeographic('Ж'));
        assertFalse(Fold.isIdeographic('한'));
    }
}
