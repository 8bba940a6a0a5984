package dev.dossier.report.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dossier.model.Entity;
import dev.dossier.nlp.lexicon.Lexicon;
import dev.dossier.report.compare.Designations.Match;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DesignationsTest {
    private static final Designations DESIGNATIONS = Designations.of(Lexicon.standard());

    private static Optional<String> system(String designation) {
        return DESIGNATIONS.system(designation).map(Entity::name);
    }

    @Test
    void sipriSpellingsResolveThroughTheWeaponLexicon() {
        assertEquals(Optional.of("S-400"), system("S-400 Triumf"));
        assertEquals(Optional.of("F-16"), system("F-16V Viper"));
        assertEquals(Optional.of("Abrams"), system("M-1A2 SEPv-3 Abrams"));
        assertEquals(Optional.of("F-35"), system("F-35A Lightning-2"));
        assertEquals(Optional.of("Su-35"), system("Su-35S"));
        assertEquals(Optional.empty(), system("Torpedo tube"));
    }

    @Test
    void variantsOfOneSystemPairOnlyWhenTheirModelNumbersFit() {
        assertEquals(Match.VARIANT, DESIGNATIONS.match("S-400", "S-400 Triumf"));
        assertEquals(Match.VARIANT, DESIGNATIONS.match("F-16 Block 70", "F-16V Viper"));
        assertEquals(Match.VARIANT, DESIGNATIONS.match("M1A2", "M-1A2 SEPv-3 Abrams"));
        assertEquals(Match.NONE, DESIGNATIONS.match("M1A2", "M-1A1 Abrams"));
        assertEquals(Match.NONE, DESIGNATIONS.match("Shahed-136", "Shahed-131"));
        assertEquals(Match.GENERIC, DESIGNATIONS.match("Abrams", "M-1A1 Abrams"));
        assertEquals(Match.EXACT, DESIGNATIONS.match("Shahed-136", "Shahed-136"));
        assertEquals(Match.NONE, DESIGNATIONS.match("S-400", "Su-35S"));
    }

    @Test
    void modelNumbersAreEachWordFromItsFirstDigit() {
        assertEquals(Set.of("1a2", "3"), Designations.modelNumbers("M-1A2 SEPv-3 Abrams"));
        assertEquals(Set.of(), Designations.modelNumbers("Rafale"));
        assertTrue(Designations.compatible("F-35", "F-35A Lightning-2"));
        assertFalse(Designations.compatible("F-35B", "F-35A Lightning-2"));
        assertEquals("lightning2", Designations.compact("Lightning II"));
    }
}
