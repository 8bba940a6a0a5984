package dev.dossier.assertion;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Examples of fixed mistakes: each input once read wrongly, and what it must read now. */
class PolarityAndRolesTest {
    private final RuleAssertionReader reader = new RuleAssertionReader();

    private List<String> read(Fixture fixture) {
        return reader.read(fixture.build()).stream().map(RuleAssertionReaderTest::line).toList();
    }

    @Test
    void aNegatedVerbDeniesOnlyThePredicateRightAfterIt() {
        var doc = Fixture.doc("p1", "Algeria has not received any of the Su-57 jets it ordered from Russia.")
                .country("Algeria", "Algeria").country("Russia", "Russia").weapon("Su-57", "Su-57", "Russia");
        assertEquals(List.of("DELIVERY Russia>Algeria Su-57 - #- denied denies -/-",
                "CONTRACT_SIGNED Russia>Algeria Su-57 - #- asserted asserts -/-"), read(doc));
    }

    @Test
    void notDisclosingTheDetailsOfAContractDeniesNothing() {
        var doc = Fixture.doc("p1a", "Peru did not disclose the value of the contract signed with Chile for Hermes "
                + "drones; \"I will not disclose the contract details,\" the seller said of the Hermes contract signed with Peru.").country("Chile", "Chile").country("Peru", "Peru").weapon("Hermes", "Hermes", "Chile");
        assertEquals(List.of("CONTRACT_SIGNED Chile>Peru Hermes - #- asserted asserts -/-"), read(doc));
    }

    @Test
    void aNegationDoesNotReachACauseAfterIt() {
        var doc = Fixture.doc("p1d", "Work on the Peruvian order has not started over United States sanctions on Chile.")
                .country("Chile", "Chile").country("United States", "United States");
        assertEquals(List.of("SANCTION United States>Chile - - #- asserted asserts -/-"), read(doc));
    }

    @Test
    void noTruthInReportsDeniesWhatTheReportsSay() {
        var doc = Fixture.doc("p1b", "There is no truth in reports that Chile delivered Hermes drones to Peru.")
                .country("Chile", "Chile").country("Peru", "Peru").weapon("Hermes", "Hermes", "Chile");
        assertEquals(List.of("DELIVERY Chile>Peru Hermes - #- denied denies -/-"), read(doc));
    }

    @Test
    void baselessClaimsAreDenied() {
        var doc = Fixture.doc("p1c", "The ministry spoke of baseless claims that Chile sold Hermes drones to Peru.")
                .country("Chile", "Chile").country("Peru", "Peru").weapon("Hermes", "Hermes", "Chile");
        assertEquals(List.of("CONTRACT_SIGNED Chile>Peru Hermes - #- denied denies -/-"), read(doc));
    }

    @Test
    void theMonthMayIsNoHedge() {
        var doc = Fixture.doc("p2", "Romania took delivery of its first HIMARS launchers in May 2023.")
                .country("Romania", "Romania").weapon("HIMARS", "HIMARS", "United States").time("May 2023", "2023-05");
        assertEquals(List.of("DELIVERY United States>Romania HIMARS 2023-05 #1 asserted asserts -/-"), read(doc));
    }

    @Test
    void aWordInsideANameIsNoBatchOrdinal() {
        var doc = Fixture.doc("p3", "New Delhi signed the contract for Rafale jets in September 2016.")
                .country("New Delhi", "India").weapon("Rafale", "Rafale", "France").time("September 2016", "2016-09");
        assertEquals(List.of("CONTRACT_SIGNED France>India Rafale 2016-09 #- asserted asserts -/-"), read(doc));
    }

    @Test
    void inThePassiveTheSubjectIsTheTarget() {
        var doc = Fixture.doc("p4", "Officials said India could be sanctioned by the United States under CAATSA.")
                .country("India", "India").country("United States", "United States");
        assertEquals(List.of("SANCTION United States>India - - #- speculative asserts -/-"), read(doc));
    }

    @Test
    void itRefersToTheLastStateBeforeTheClause() {
        var doc = Fixture.doc("p5", "Washington sanctioned Ankara in 2020 after it took delivery of S-400 systems.")
                .country("Washington", "United States").country("Ankara", "Turkey")
                .weapon("S-400", "S-400", "Russia").time("2020", "2020");
        assertEquals(List.of("SANCTION United States>Turkey - 2020 #- asserted asserts -/-",
                "DELIVERY Russia>Turkey S-400 - #- asserted asserts -/-"), read(doc));
    }

    @Test
    void aShipmentOfGoodsIsNoArmsDelivery() {
        String body = "Kazakhstan received the first T-90 tanks from Russia in 2021. Kazakhstan has not allowed the "
                + "shipment of goods to Russia.";
        var doc = Fixture.doc("p6", body).country("Kazakhstan", "Kazakhstan").country("Russia", "Russia")
                .weapon("T-90", "T-90", "Russia").time("2021", "2021");
        assertEquals(List.of("DELIVERY Russia>Kazakhstan T-90 2021 #1 asserted asserts -/-"), read(doc));
    }

    @Test
    void theYearThatNamesALawIsNotTheEventDate() {
        var doc = Fixture.doc("p7", "Egypt could face sanctions under CAATSA, the 2017 law aimed at Russia.")
                .country("Egypt", "Egypt").country("Russia", "Russia").time("2017", "2017");
        assertEquals(List.of("SANCTION United States>Egypt - - #- speculative asserts -/-"), read(doc));
    }

    @Test
    void oneTriggerWithCoordinatedSystemsGivesOneClaimEach() {
        var doc = Fixture.doc("p8", "Poland signed contracts for 180 K2 tanks and 212 K9 howitzers in August 2022.")
                .country("Poland", "Poland").weapon("K2", "K2", "South Korea").weapon("K9", "K9", "South Korea")
                .quantity("180", 180, "tank").quantity("212", 212, "howitzer").time("August 2022", "2022-08");
        assertEquals(List.of("CONTRACT_SIGNED South Korea>Poland K2 2022-08 #- asserted asserts -/-",
                "CONTRACT_SIGNED South Korea>Poland K9 2022-08 #- asserted asserts -/-"), read(doc));
        var counted = reader.read(doc.build()).stream().map(a -> a.quantity().orElseThrow().amount()).toList();
        assertEquals(List.of(180.0, 212.0), counted);
    }

    @Test
    void aSaleIsAContract() {
        var doc = Fixture.doc("p9", "Russia sold Su-35 fighters to Iran in 2023.")
                .country("Russia", "Russia").country("Iran", "Iran").weapon("Su-35", "Su-35", "Russia")
                .time("2023", "2023");
        assertEquals(List.of("CONTRACT_SIGNED Russia>Iran Su-35 2023 #- asserted asserts -/-"), read(doc));
    }
}
