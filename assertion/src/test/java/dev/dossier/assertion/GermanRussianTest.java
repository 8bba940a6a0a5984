package dev.dossier.assertion;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** German and Russian wording: the same event types and roles as in English (sentences written for the project). */
class GermanRussianTest {
    private final RuleAssertionReader reader = new RuleAssertionReader();

    private List<String> read(Fixture fixture) {
        return reader.read(fixture.build()).stream().map(RuleAssertionReaderTest::line).toList();
    }

    @Test
    void germanContractWithSupplierAfterAus() {
        var doc = Fixture.doc("de1", "Chile hat im Mai 2018 einen Vertrag über K9-Haubitzen aus Südkorea unterzeichnet.")
                .country("Chile", "Chile").country("Südkorea", "South Korea").weapon("K9", "K9", "South Korea").time("Mai 2018", "2018-05");
        assertEquals(List.of("CONTRACT_SIGNED South Korea>Chile K9 2018-05 #- asserted asserts -/-"), read(doc));
    }

    @Test
    void germanDeliveryToARecipientAfterAn() {
        var doc = Fixture.doc("de2", "Südkorea lieferte im Oktober 2020 die ersten K9-Haubitzen an Chile.")
                .country("Südkorea", "South Korea").country("Chile", "Chile").weapon("K9", "K9", "South Korea").time("Oktober 2020", "2020-10");
        assertEquals(List.of("DELIVERY South Korea>Chile K9 2020-10 #- asserted asserts -/-"), read(doc));
    }

    @Test
    void aRussianPlanOfThePastIsNoSignedContract() {
        var doc = Fixture.doc("ru9", "Заключить контракт с Перу на гаубицы K9 планировалось ещё в 2016 году.")
                .country("Перу", "Peru").weapon("K9", "K9", "South Korea").time("2016 году", "2016");
        assertEquals(List.of("CONTRACT_SIGNED South Korea>Peru K9 2016 #- planned asserts -/-"), read(doc));
    }

    @Test
    void aGermanCounterfactualIsSpeculativeNotASignedContract() {
        var doc = Fixture.doc("de9", "Für den Kauf von 24 K9-Haubitzen aus Südkorea wären weitere 300 Millionen Euro nötig.")
                .country("Südkorea", "South Korea").weapon("K9", "K9", "South Korea");
        List<String> lines = read(doc);
        assertEquals(List.of(true), lines.stream().map(line -> line.contains(" speculative ")).distinct().toList(),
                lines.toString());
    }

    @Test
    void russianPurchaseFromASupplierAfterU() {
        var doc = Fixture.doc("ru1", "Перу закупила у Южной Кореи гаубицы K9 в марте 2017 года.")
                .country("Перу", "Peru").country("Южной Кореи", "South Korea").weapon("K9", "K9", "South Korea").time("марте 2017", "2017-03");
        assertEquals(List.of("CONTRACT_SIGNED South Korea>Peru K9 2017-03 #- asserted asserts -/-"), read(doc));
    }

    @Test
    void russianDeliveryToARecipientInTheDative() {
        var doc = Fixture.doc("ru2", "Южная Корея поставила Перу первые гаубицы K9 12 мая 2019 года.")
                .country("Южная Корея", "South Korea").country("Перу", "Peru").weapon("K9", "K9", "South Korea").time("12 мая 2019", "2019-05-12");
        assertEquals(List.of("DELIVERY South Korea>Peru K9 2019-05-12 #- asserted asserts -/-"), read(doc));
    }

    @Test
    void russianConductedATestIsATest() {
        var doc = Fixture.doc("ru4", "В марте армия Перу провела второй (последний) тест купленных у Южной Кореи гаубиц K9.")
                .country("Перу", "Peru").country("Южной Кореи", "South Korea").weapon("K9", "K9", "South Korea");
        assertEquals(List.of("TEST"), read(doc).stream().map(line -> line.split(" ")[0]).toList());
    }

    @Test
    void russianSanctions() {
        var doc = Fixture.doc("ru3", "Вашингтон ввел санкции против Перу.")
                .country("Вашингтон", "United States").country("Перу", "Peru");
        assertEquals(1, read(doc).size(), read(doc).toString());
    }
}
