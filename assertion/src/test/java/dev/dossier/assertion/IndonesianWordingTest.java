package dev.dossier.assertion;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Indonesian wording: a contract that takes effect, a down payment (sentences written for the project). */
class IndonesianWordingTest {
    private final RuleAssertionReader reader = new RuleAssertionReader();

    private List<String> types(Fixture fixture) {
        return reader.read(fixture.build()).stream().map(a -> RuleAssertionReaderTest.line(a).split(" ")[0]).toList();
    }

    @Test
    void aContractThatTookEffectIsAContract() {
        var doc = Fixture.doc("id1", "Kontrak Gripen untuk Peru dari Swedia sudah efektif sejak 4 Mei.")
                .country("Swedia", "Sweden").country("Peru", "Peru").weapon("Gripen", "Gripen", "Sweden");
        assertEquals(List.of("CONTRACT_SIGNED"), types(doc));
    }

    @Test
    void payingTheDownPaymentIsAPayment() {
        var doc = Fixture.doc("id2", "Pemerintah Peru telah membayar uang muka untuk 12 Gripen dari Swedia.")
                .country("Peru", "Peru").country("Swedia", "Sweden").weapon("Gripen", "Gripen", "Sweden");
        assertEquals(List.of("PAYMENT"), types(doc));
    }
}
