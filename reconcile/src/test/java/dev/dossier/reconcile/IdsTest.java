package dev.dossier.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Content ids: short, URL-safe, the same for the same parts, and never shared unnoticed. */
class IdsTest {
    @Test
    void anIdIsThePrefixAndTwelveHexDigitsOfItsPartsAlone() {
        String id = Ids.of("d", "south korea|poland|k2", "");
        assertTrue(id.matches("d-[0-9a-f]{12}"), id);
        assertEquals(id, Ids.of("d", "south korea|poland|k2", ""));
        assertNotEquals(id, Ids.of("d", "south korea|poland|k9", ""));
        assertNotEquals(id, Ids.of("e", "south korea|poland|k2", ""));
    }

    @Test
    void partsAreKeptApartSoThatMovingABoundaryMakesAnotherId() {
        assertNotEquals(Ids.of("c", "ab", "c"), Ids.of("c", "a", "bc"));
        assertNotEquals(Ids.of("c", "a", ""), Ids.of("c", "a"));
    }

    @Test
    void twoPartsOfOneReconcileWithOneIdFailNamingBoth() {
        record Part(String id, String what) {}
        Part first = new Part("d-0123456789ab", "South Korea → Poland: K2");
        Part other = new Part("d-0123456789ab", "South Korea → Poland: K9");
        List<Part> parts = List.of(first, new Part("d-ba9876543210", "United States → Poland: Abrams"), other);

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Ids.requireUnique(parts, Part::id));
        assertTrue(e.getMessage().contains("d-0123456789ab") && e.getMessage().contains("K2")
                && e.getMessage().contains("K9"), e.getMessage());
        Ids.requireUnique(parts.subList(0, 2), Part::id);
    }
}
