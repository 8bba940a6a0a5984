package dev.dossier.report.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dossier.nlp.lexicon.Lexicon;
import org.junit.jupiter.api.Test;

class CountriesTest {
    private static final Countries COUNTRIES = Countries.of(Lexicon.standard());

    @Test
    void sipriSpellingsAreTheLexiconsNames() {
        assertEquals("Turkey", COUNTRIES.canonical("Turkiye"));
        assertEquals("Turkey", COUNTRIES.canonical("Türkiye"));
        assertEquals("Vietnam", COUNTRIES.canonical("Viet Nam"));
        assertEquals("Bosnia and Herzegovina", COUNTRIES.canonical("Bosnia-Herzegovina"));
        assertEquals("Taiwan", COUNTRIES.canonical("Taiwan (ROC)"));
        assertEquals("United States", COUNTRIES.canonical("United States"));
    }

    @Test
    void namesTheLexiconDoesNotKnowStayAsWritten() {
        assertEquals("NATO**", COUNTRIES.canonical("NATO**"));
        assertEquals("Unknown recipient(s)", COUNTRIES.canonical(" Unknown recipient(s) "));
    }
}
