package dev.dossier.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dossier.model.Quantity;
import org.junit.jupiter.api.Test;

/** Quantities read as English: regular plurals, and the nouns whose plural is the same word. */
class WordingTest {
    @Test
    void aQuantityAgreesWithItsAmount() {
        assertEquals("2 batteries", Wording.quantity(new Quantity(2, "battery", false)));
        assertEquals("1 battery", Wording.quantity(new Quantity(1, "battery", false)));
        assertEquals("about 40 tanks", Wording.quantity(new Quantity(40, "tank", true)));
        assertEquals("6 units", Wording.quantity(new Quantity(6, "units", false)));
    }

    @Test
    void invariableNounsKeepTheirForm() {
        assertEquals("12 aircraft", Wording.quantity(new Quantity(12, "aircraft", false)));
        assertEquals("212 artillery", Wording.quantity(new Quantity(212, "artillery", false)));
        assertEquals("3 documents", Wording.counted(3, "document"));
    }

    @Test
    void aSpeakerDescribedInThePluralTakesAPluralVerb() {
        assertTrue(Wording.soundsPlural("Unnamed industry sources"));
        assertTrue(Wording.soundsPlural("Analysts in Warsaw"));
        assertTrue(Wording.soundsPlural("two industry sources familiar with the negotiations"));
        assertFalse(Wording.soundsPlural("an official at the country's Armament Agency"));
        assertFalse(Wording.soundsPlural("the defence ministry"));
        assertFalse(Wording.soundsPlural("Reuters"));
        assertFalse(Wording.soundsPlural("United States"));
    }
}
