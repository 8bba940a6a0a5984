package dev.dossier.assertion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dossier.model.Stance;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * States a clause names beside a transfer without being its parties: a relation between two states,
 * a critic of the sale, the place a statement was made, the state attacked, the seller of what a
 * sanction punishes (each sentence written for this test).
 */
class BystanderStatesTest {
    private final RuleAssertionReader reader = new RuleAssertionReader();

    private List<String> read(Fixture fixture) {
        return reader.read(fixture.build()).stream().map(RuleAssertionReaderTest::line).toList();
    }

    @Test
    void aRelationBetweenTwoStatesIsNoTransferBetweenThem() {
        var en = Fixture.doc("b1", "The minister said the delivery of the Gripen jets was in line with the long "
                        + "relations between Sweden and Norway.")
                .country("Sweden", "Sweden").country("Norway", "Norway").weapon("Gripen", "Gripen", "Sweden");
        assertTrue(read(en).stream().noneMatch(l -> l.contains(">Norway")), read(en).toString());
        var de = Fixture.doc("b2", "Der Minister sagte, die Lieferung der Gripen stehe im Einklang mit den "
                        + "\"engen Beziehungen\" zwischen Schweden und Norwegen.")
                .country("Schweden", "Sweden").country("Norwegen", "Norway").weapon("Gripen", "Gripen", "Sweden");
        assertTrue(read(de).stream().noneMatch(l -> l.contains(">Norway")), read(de).toString());
    }

    @Test
    void aStateThatDenouncesTheSaleIsNotItsBuyer() {
        var doc = Fixture.doc("b3", "The sale to Chile was approved in May, and although deliveries of the Gripen "
                        + "jets could take years, Argentina denounced the sale.")
                .country("Chile", "Chile").country("Argentina", "Argentina").weapon("Gripen", "Gripen", "Sweden")
                .time("May", "2021-05");
        assertTrue(read(doc).stream().noneMatch(l -> l.contains(">Argentina")), read(doc).toString());
    }

    @Test
    void theCriticTheDocumentNamesMostIsNotTheBuyerOfItsTopic() {
        var doc = Fixture.doc("b3b", "The Gripen is a light fighter. Argentina recalled its envoy. Argentina warned of "
                        + "a crisis. Plans for the sale to Chile were signaled a year ago, and although deliveries of "
                        + "the jets could take years, Argentina denounced the sale.")
                .country("Chile", "Chile").country("Argentina", "Argentina").weapon("Gripen", "Gripen", "Sweden");
        assertTrue(read(doc).stream().noneMatch(l -> l.contains(">Argentina")), read(doc).toString());
    }

    @Test
    void thePlaceOfAStatementAfterItsSpeechVerbIsNoParty() {
        String body = "“The missiles it is receiving from Norway change the balance,” the minister said at a news "
                + "conference in Spain.";
        var doc = Fixture.doc("b4", body).country("Norway", "Norway").country("Spain", "Spain")
                .weapon("missiles", "NSM", "Norway")
                .said("The missiles it is receiving from Norway change the balance", "said", null, "the minister",
                        null, Stance.ASSERTS);
        assertTrue(read(doc).stream().noneMatch(l -> l.contains(">Spain")), read(doc).toString());
        var misread = Fixture.doc("b4b", body).country("Norway", "Norway").country("Spain", "Spain")
                .weapon("missiles", "NSM", "Norway")
                .reported("at a news conference in Spain", "said", null, "the minister", Stance.ASSERTS);
        assertTrue(read(misread).stream().noneMatch(l -> l.contains(">Spain")), read(misread).toString());
    }

    @Test
    void theStateAttackedOrTheWarsPlaceIsNotTheOperator() {
        var es = Fixture.doc("b5", "Chile niega que sus fuerzas hayan utilizado drones Hermes para atacar a Perú.")
                .country("Chile", "Chile").country("Perú", "Peru").weapon("Hermes", "Hermes 900", "Israel");
        assertTrue(read(es).stream().noneMatch(l -> l.contains("Peru>")), read(es).toString());
        var de = Fixture.doc("b6", "Chile bestreitet, dass seine Truppen Hermes-Drohnen in Peru einsetzen.")
                .country("Chile", "Chile").country("Peru", "Peru").weapon("Hermes", "Hermes 900", "Israel");
        assertTrue(read(de).stream().noneMatch(l -> l.contains("Peru>")), read(de).toString());
    }

    @Test
    void aSanctionForBuyingFromAStateIsNotThatStatesSanction() {
        var doc = Fixture.doc("b7", "Officials feared that Chile may be hit by US sanctions for buying jets from "
                        + "Norway.")
                .country("Chile", "Chile").country("US", "United States").country("Norway", "Norway");
        assertEquals(List.of("SANCTION United States>Chile - - #- speculative asserts -/-"),
                read(doc).stream().filter(l -> l.startsWith("SANCTION")).toList());
    }

    @Test
    void aPolishCategoryNounStandsForTheDocumentsSystemOfThatCategory() {
        var doc = Fixture.doc("b8", "To część pierwszej dostawy z 180 czołgów, które Norwegia zakontraktowała z "
                        + "Niemiec. Otrzymamy także pojazdy wsparcia Bergepanzer 3. Zakup czołgów Leopard 2A7 "
                        + "ogłoszono w 2023 roku.")
                .country("Norwegia", "Norway").country("Niemiec", "Germany")
                .weapon("Bergepanzer 3", "Bergepanzer 3", "Germany", "armoured-vehicle")
                .weapon("Leopard 2A7", "Leopard 2", "Germany", "tank").time("2023", "2023");
        List<String> lines = read(doc);
        assertTrue(lines.stream().noneMatch(l -> l.contains("Bergepanzer")), lines.toString());
    }
}
