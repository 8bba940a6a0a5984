package dev.dossier.assertion;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Triggers that name no event of their own (each sentence written for this test). */
class TriggerPrecisionTest {
    private final RuleAssertionReader reader = new RuleAssertionReader();

    private List<String> read(Fixture fixture) {
        return reader.read(fixture.build()).stream().map(RuleAssertionReaderTest::line).toList();
    }

    @Test
    void aPurchaseThatALetterOfIntentIsAboutIsNoContract() {
        var id = Fixture.doc("t1", "Chile dikabarkan telah menandatangani Letter of intent (LoI) terkait rencana "
                        + "pembelian 24 jet tempur Gripen.")
                .country("Chile", "Chile").weapon("Gripen", "Gripen", "Sweden").quantity("24 jet", 24, "jet");
        assertTrue(read(id).stream().noneMatch(l -> l.startsWith("CONTRACT_SIGNED")), read(id).toString());
        var el = Fixture.doc("t2", "Στις 3 Μαΐου του 2020 η Χιλή και η Σουηδία υπέγραψαν Επιστολή Πρόθεσης "
                        + "προμήθειας 24 μαχητικών Gripen.")
                .country("Χιλή", "Chile").country("Σουηδία", "Sweden").weapon("Gripen", "Gripen", "Sweden")
                .time("3 Μαΐου του 2020", "2020-05-03");
        assertTrue(read(el).stream().anyMatch(l -> l.startsWith("TALKS")), read(el).toString());
        assertTrue(read(el).stream().noneMatch(l -> l.startsWith("CONTRACT_SIGNED")), read(el).toString());
    }

    @Test
    void aQuestionAssertsNoEvent() {
        var doc = Fixture.doc("t3", "But can Chile now be sure to buy the Gripen jets? watch the video below:")
                .country("Chile", "Chile").weapon("Gripen", "Gripen", "Sweden");
        assertTrue(read(doc).isEmpty(), read(doc).toString());
    }

    @Test
    void theFrenchWordForCountryIsNoPayment() {
        var doc = Fixture.doc("t4", "Le ministre a indiqué que son pays envisageait une baisse du nombre de Gripen "
                        + "achetés à la Suède.")
                .country("Suède", "Sweden").weapon("Gripen", "Gripen", "Sweden");
        assertTrue(read(doc).stream().noneMatch(l -> l.startsWith("PAYMENT")), read(doc).toString());
        var en = Fixture.doc("t5", "Chile pays $400 million for the Gripen jets to Sweden.")
                .country("Chile", "Chile").country("Sweden", "Sweden").weapon("Gripen", "Gripen", "Sweden")
                .money("$400 million", 4e8, "USD");
        assertTrue(read(en).stream().anyMatch(l -> l.startsWith("PAYMENT")), read(en).toString());
    }

    @Test
    void aDeadlineForSigningIsNoSignedContract() {
        var de = Fixture.doc("t6", "Die Gegner in Chile fordern eine Abstimmung, bevor im Juni 2024 die Frist für "
                        + "die Vertragsunterzeichnung über die Gripen aus Schweden endet.")
                .weapon("Gripen", "Gripen", "Sweden").country("Chile", "Chile").country("Schweden", "Sweden")
                .time("Juni 2024", "2024-06");
        assertTrue(read(de).stream().anyMatch(l -> l.startsWith("CONTRACT_SIGNED"))
                && read(de).stream().noneMatch(l -> l.startsWith("CONTRACT_SIGNED") && l.contains(" asserted ")),
                read(de).toString());
    }
}
