package dev.dossier.assertion;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Chinese, Indonesian, Turkish and Ukrainian wording: the same event types, roles and statuses as
 * in English (sentences written for the project).
 */
class AsianAndTurkishWordingTest {
    private final RuleAssertionReader reader = new RuleAssertionReader();

    private List<String> read(Fixture fixture) {
        return reader.read(fixture.build()).stream().map(RuleAssertionReaderTest::line).toList();
    }

    @Test
    void chineseDelayMatchedByCharactersAndDatedByTheTimeBeforeIt() {
        var doc = Fixture.doc("zh1", "菲律賓向韓國採購的FA-50戰機於2022年3月再度延誤")
                .country("菲律賓", "Philippines").country("韓國", "South Korea").weapon("FA-50", "FA-50", "South Korea")
                .time("2022年3月", "2022-03");
        assertEquals(List.of("CONTRACT_SIGNED South Korea>Philippines FA-50 - #- asserted asserts -/-",
                "DELAY South Korea>Philippines FA-50 2022-03 #- asserted asserts -/-"), read(doc));
    }

    @Test
    void chineseNegatorRightBeforeTheTriggerDeniesIt() {
        var doc = Fixture.doc("zh2", "韓國尚未交付FA-50戰機給菲律賓")
                .country("韓國", "South Korea").country("菲律賓", "Philippines").weapon("FA-50", "FA-50", "South Korea");
        assertEquals(List.of("DELIVERY South Korea>Philippines FA-50 - #- denied denies -/-"), read(doc));
    }

    @Test
    void indonesianContractThatTookEffect() {
        var doc = Fixture.doc("id1", "Kontrak pembelian 12 jet tempur KF-21 dari Korea Selatan sudah efektif sejak Maret 2024.")
                .country("Korea Selatan", "South Korea").weapon("KF-21", "KF-21", "South Korea").time("Maret 2024", "2024-03");
        assertEquals("CONTRACT_SIGNED", read(doc).get(0).split(" ")[0], read(doc).toString());
        assertEquals(true, read(doc).stream().anyMatch(l -> l.startsWith("CONTRACT_SIGNED South Korea>") && l.contains("2024-03")),
                read(doc).toString());
    }

    @Test
    void indonesianArrivalIsADeliveryButSuddenlyIsNot() {
        var arrived = Fixture.doc("id2", "Dua helikopter H225M telah tiba di Filipina pada Mei 2023.")
                .country("Filipina", "Philippines").weapon("H225M", "H225M", "France").time("Mei 2023", "2023-05");
        assertEquals(List.of("DELIVERY France>Philippines H225M 2023-05 #- asserted asserts -/-"), read(arrived));
        var sudden = Fixture.doc("id3", "Harga helikopter H225M tiba-tiba naik.").weapon("H225M", "H225M", "France");
        assertEquals(List.of(), read(sudden));
    }

    @Test
    void indonesianFutureIsPlanned() {
        var doc = Fixture.doc("id4", "Jet tempur KF-21 akan tiba di Filipina pada 2027.")
                .country("Filipina", "Philippines").weapon("KF-21", "KF-21", "South Korea").time("2027", "2027");
        assertEquals(List.of("DELIVERY South Korea>Philippines KF-21 2027 #- planned asserts -/-"), read(doc));
    }

    @Test
    void turkishSupplierInTheAblative() {
        var doc = Fixture.doc("tr1", "Mısır, Fransa'dan Rafale savaş uçakları satın aldı.")
                .country("Mısır", "Egypt").country("Fransa", "France").weapon("Rafale", "Rafale", "France");
        assertEquals(List.of("CONTRACT_SIGNED France>Egypt Rafale - #- asserted asserts -/-"), read(doc));
    }

    @Test
    void turkishNegativeSuffixDenies() {
        var doc = Fixture.doc("tr2", "Almanya, Leopard 2 tanklarını Mısır'a teslim etmedi.")
                .country("Almanya", "Germany").country("Mısır", "Egypt").weapon("Leopard 2", "Leopard 2", "Germany");
        assertEquals(List.of("DELIVERY Germany>Egypt Leopard 2 - #- denied denies -/-"), read(doc));
    }

    @Test
    void ukrainianDelivery() {
        var doc = Fixture.doc("uk1", "Польща отримала перші гаубиці K9 у березні 2023 року.")
                .country("Польща", "Poland").weapon("K9", "K9", "South Korea").time("березні 2023", "2023-03");
        assertEquals(List.of("DELIVERY South Korea>Poland K9 2023-03 #- asserted asserts -/-"), read(doc));
    }

    @Test
    void chineseDurationCommaEndsTheClauseSoALaterPlanDoesNotDateTheDelay() {
        var doc = Fixture.doc("zh3", "2022年3月，韓國宣布FA-50交機時程延後一年，預計2023年下半年啟動")
                .country("韓國", "South Korea").weapon("FA-50", "FA-50", "South Korea")
                .time("2022年3月", "2022-03").time("2023年", "2023");
        assertEquals(List.of("DELAY South Korea>? FA-50 2022-03 #- asserted asserts -/-"), read(doc));
    }

    @Test
    void russianConsentToASaleIsAnApproval() {
        var doc = Fixture.doc("ru5", "Госдеп США дал согласие на продажу Перу гаубиц K9.")
                .country("США", "United States").country("Перу", "Peru").weapon("K9", "K9", "South Korea");
        assertEquals(true, read(doc).stream().anyMatch(l -> l.startsWith("APPROVAL ")), read(doc).toString());
    }
}
