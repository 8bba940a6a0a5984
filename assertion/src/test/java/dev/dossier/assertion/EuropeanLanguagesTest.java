package dev.dossier.assertion;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * French, Spanish, Portuguese, Italian, Polish, Romanian and more German wording: the same event types,
 * roles, negation and modality as in English (sentences written for the project, invented names and figures).
 */
class EuropeanLanguagesTest {
    private final RuleAssertionReader reader = new RuleAssertionReader(2.0);

    private List<String> read(Fixture fixture) {
        return reader.read(fixture.build()).stream().map(RuleAssertionReaderTest::line).toList();
    }

    @Test
    void germanCompoundDealNoun() {
        var doc = Fixture.doc("de1", "Kolumbien hat den Kampfjet-Deal über zwölf Gripen aus Schweden im März 2021 besiegelt.")
                .country("Schweden", "Sweden").country("Kolumbien", "Colombia").weapon("Gripen", "Gripen", "Sweden")
                .time("März 2021", "2021-03");
        assertEquals("CONTRACT_SIGNED", read(doc).get(0).split(" ")[0]);
    }

    @Test
    void germanDeliveryWithModalSollenIsPlanned() {
        var doc = Fixture.doc("de2", "Die Lieferungen der K9-Haubitzen an Chile sollen im Mai 2024 beginnen.")
                .country("Chile", "Chile").weapon("K9", "K9", "South Korea").time("Mai 2024", "2024-05");
        assertEquals(List.of("DELIVERY South Korea>Chile K9 2024-05 #- planned asserts -/-"), read(doc));
    }

    @Test
    void germanNegationDenies() {
        var doc = Fixture.doc("de3", "Südkorea hat keine K9-Haubitzen an Chile geliefert.")
                .country("Südkorea", "South Korea").country("Chile", "Chile").weapon("K9", "K9", "South Korea");
        assertEquals(List.of("DELIVERY South Korea>Chile K9 - #- denied denies -/-"), read(doc));
    }

    @Test
    void frenchSignedContractAndDelivery() {
        var doc = Fixture.doc("fr1", "Le Pérou a signé un contrat pour douze K9 en mai 2018. La livraison des K9 au Pérou aura lieu en 2020.")
                .country("Pérou", "Peru").weapon("K9", "K9", "South Korea").time("mai 2018", "2018-05").time("2020", "2020");
        List<String> got = read(doc);
        assertEquals("CONTRACT_SIGNED South Korea>Peru K9 2018-05 #- asserted asserts -/-", got.get(0));
        assertEquals("DELIVERY", got.get(1).split(" ")[0]);
    }

    @Test
    void frenchNegationPasDenies() {
        var doc = Fixture.doc("fr2", "La Corée du Sud n'a pas livré les K9 au Pérou.")
                .country("Corée du Sud", "South Korea").country("Pérou", "Peru").weapon("K9", "K9", "South Korea");
        assertEquals(List.of("DELIVERY South Korea>Peru K9 - #- denied denies -/-"), read(doc));
    }

    @Test
    void spanishSuppliedToAndFutureIsPlanned() {
        var doc = Fixture.doc("es1", "Corea del Sur suministró obuses K9 a Perú en marzo de 2019. Perú recibirá más K9 el próximo año.")
                .country("Corea del Sur", "South Korea").country("Perú", "Peru").weapon("K9", "K9", "South Korea")
                .time("marzo de 2019", "2019-03").time("el próximo año", "2023");
        List<String> got = read(doc);
        assertEquals("DELIVERY South Korea>Peru K9 2019-03 #- asserted asserts -/-", got.get(0));
        assertEquals(true, got.get(1).contains(" planned "), got.toString());
    }

    @Test
    void portugueseApprovalAndPurchase() {
        var doc = Fixture.doc("pt1", "Em junho de 2017, o governo do Chile aprovou a compra de K9 da Coreia do Sul.")
                .country("Chile", "Chile").country("Coreia do Sul", "South Korea").weapon("K9", "K9", "South Korea")
                .time("junho de 2017", "2017-06");
        assertEquals("APPROVAL", read(doc).get(0).split(" ")[0]);
    }

    @Test
    void italianSignedContract() {
        var doc = Fixture.doc("it1", "Il Cile ha firmato un contratto per dodici K9 nel maggio 2018.")
                .country("Cile", "Chile").weapon("K9", "K9", "South Korea").time("maggio 2018", "2018-05");
        assertEquals(List.of("CONTRACT_SIGNED South Korea>Chile K9 2018-05 #- asserted asserts -/-"), read(doc));
    }

    @Test
    void polishDeclinedDeliveryToRecipientAfterDo() {
        var doc = Fixture.doc("pl1", "Pierwsza dostawa haubic K9 do Chile dotarła w marcu 2021 roku.")
                .country("Chile", "Chile").weapon("K9", "K9", "South Korea").time("marcu 2021", "2021-03");
        assertEquals(List.of("DELIVERY South Korea>Chile K9 2021-03 #- asserted asserts -/-"), read(doc));
    }

    @Test
    void polishSignedAgreementFromSupplierAfterZ() {
        var doc = Fixture.doc("pl2", "Chile podpisało umowę z Koreą Południową na zakup haubic K9 w maju 2018 roku.")
                .country("Chile", "Chile").country("Koreą Południową", "South Korea").weapon("K9", "K9", "South Korea")
                .time("maju 2018", "2018-05");
        assertEquals(true, read(doc).contains("CONTRACT_SIGNED South Korea>Chile K9 2018-05 #- asserted asserts -/-"), read(doc).toString());
    }

    @Test
    void polishFutureWithInfinitiveIsPlanned() {
        var doc = Fixture.doc("pl3", "Pozostałe haubice K9 mają trafić do Chile do końca 2025 roku.")
                .country("Chile", "Chile").weapon("K9", "K9", "South Korea").time("2025", "2025");
        assertEquals(true, read(doc).get(0).contains(" planned "), read(doc).toString());
    }

    @Test
    void romanianSignedContract() {
        var doc = Fixture.doc("ro1", "Guvernul din Chile a semnat contractul pentru douăsprezece obuziere K9.")
                .country("Chile", "Chile").weapon("K9", "K9", "South Korea");
        assertEquals("CONTRACT_SIGNED", read(doc).get(0).split(" ")[0]);
    }

    @Test
    void germanCompoundDealNounAloneIsNoContract() {
        var doc = Fixture.doc("de4", "Die Gegner des Kampfjet-Deals über zwölf Gripen aus Schweden sammelten Unterschriften in Kolumbien.")
                .country("Schweden", "Sweden").country("Kolumbien", "Colombia").weapon("Gripen", "Gripen", "Sweden");
        assertEquals(List.of(), read(doc));
    }

    @Test
    void frenchDefiniteReferenceToThePurchaseTakesTheDocumentTopic() {
        var doc = Fixture.doc("fr3", "L'Égypte a choisi le Rafale de la France. Les pilotes égyptiens sont formés en France. "
                + "Le Caire paie en dix ans. La presse parle du Rafale. L'achat des avions a été financé par un prêt.")
                .country("Égypte", "Egypt").country("France", "France").country("égyptiens", "Egypt").country("Le Caire", "Egypt")
                .weapon("Rafale", "Rafale", "France");
        assertEquals(true, read(doc).stream().anyMatch(l -> l.startsWith("CONTRACT_SIGNED France>Egypt Rafale")), read(doc).toString());
    }

    @Test
    void germanGreenLightForASaleIsAnApproval() {
        var doc = Fixture.doc("de5", "Die Regierung in Seoul hat grünes Licht für den Verkauf von 30 K9 an Chile gegeben.")
                .country("Seoul", "South Korea").country("Chile", "Chile").weapon("K9", "K9", "South Korea");
        assertEquals(List.of("APPROVAL South Korea>Chile K9 - #- asserted asserts -/-"), read(doc));
    }

    @Test
    void englishSanctionsWordingStaysEnglish() {
        var doc = Fixture.doc("en1", "Officials weighed the risks of sanctions on Chile.").country("Chile", "Chile");
        assertEquals(List.of(), read(doc));
    }
}
