package dev.dossier.assertion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Examples of general rules found on held-out articles (each sentence written for this test). */
class GeneralisationTest {
    private final RuleAssertionReader reader = new RuleAssertionReader();

    private List<String> read(Fixture fixture) {
        return reader.read(fixture.build()).stream().map(RuleAssertionReaderTest::line).toList();
    }

    @Test
    void anOrdinalAfterACoordinatorCountsTheItemsJoinedToTheSystem() {
        var doc = Fixture.doc("g20", "In 2021, Norway signed a contract with South Korea for 48 K9 howitzers, along with "
                        + "a package that includes training and additional recovery vehicles.")
                .country("Norway", "Norway").country("South Korea", "South Korea").weapon("K9", "K9", "South Korea")
                .time("2021", "2021").quantity("48 K9 howitzers", 48, "howitzer");
        assertEquals(List.of("CONTRACT_SIGNED South Korea>Norway K9 2021 #- asserted asserts -/-"), read(doc));
        var other = Fixture.doc("g21", "Egypt received twelve Su-30 jets in May 2020 and a first batch of S-300 "
                        + "equipment in 2021.")
                .country("Egypt", "Egypt").weapon("Su-30", "Su-30", "Russia").weapon("S-300", "S-300", "Russia")
                .time("May 2020", "2020-05").time("2021", "2021").quantity("twelve Su-30 jets", 12, "jet")
                .ordinal("a first batch", 1, "batch");
        assertEquals("DELIVERY Russia>Egypt Su-30 2020-05 #- asserted asserts -/-", read(other).get(0));
    }

    @Test
    void aCountThatAnotherTriggerGovernsIsNotThisClaimsCount() {
        var doc = Fixture.doc("g22", "Chile's purchase of the Gripen jets is the first sale of fighters to the country "
                        + "since Sweden announced approval for 40 Gripens in 1999.")
                .country("Chile", "Chile").country("Sweden", "Sweden").weapon("Gripen", "Gripen", "Sweden")
                .time("1999", "1999").quantity("40 Gripens", 40, "fighter");
        var claims = reader.read(doc.build());
        var purchase = claims.stream().filter(a -> a.type() == dev.dossier.model.EventType.CONTRACT_SIGNED).findFirst()
                .orElseThrow();
        assertEquals(java.util.Optional.empty(), purchase.quantity());
        var approval = claims.stream().filter(a -> a.type() == dev.dossier.model.EventType.APPROVAL).findFirst()
                .orElseThrow();
        assertEquals(40.0, approval.quantity().orElseThrow().amount());
        var object = Fixture.doc("g24", "A contract was signed with Norway in March for the delivery of 24 K9 howitzers.")
                .country("Norway", "Norway").weapon("K9", "K9", "South Korea").time("March", "2021-03")
                .quantity("24 K9 howitzers", 24, "howitzer");
        assertEquals(24.0, reader.read(object.build()).get(0).quantity().orElseThrow().amount(),
                "the delivery is what the contract is for");
    }

    @Test
    void aDealSignedOnADayIsASignedContractWhoseCountIsWhatItForesees() {
        var doc = Fixture.doc("g25", "The $1.1 billion deal signed Wednesday foresees the delivery of 96 Leopard tanks "
                        + "to Chile.").published("2023-01-04")
                .country("Chile", "Chile").weapon("Leopard", "Leopard 2", "Germany").time("Wednesday", "2023-01-04")
                .money("$1.1 billion", 1.1e9, "USD").quantity("96 Leopard tanks", 96, "tank");
        var contract = reader.read(doc.build()).stream()
                .filter(a -> a.type() == dev.dossier.model.EventType.CONTRACT_SIGNED).findFirst().orElseThrow();
        assertEquals("2023-01-04", contract.date().orElseThrow().iso());
        assertEquals(96.0, contract.quantity().orElseThrow().amount());
        assertEquals(1.1e9, contract.value().orElseThrow().amount());
    }

    @Test
    void aMakersOrderFromItsOwnStatesArmyIsNoSaleDateOrPrice() {
        String body = "Hanwha has been awarded an order from the South Korean Army worth $1.1 billion to deliver "
                + "48 K9 howitzers to Norway.";
        var own = Fixture.doc("g26", body).published("2022-08-25").country("South Korean", "South Korea")
                .country("Norway", "Norway").weapon("K9", "K9", "South Korea").money("$1.1 billion", 1.1e9, "USD");
        var contract = reader.read(own.build()).stream()
                .filter(a -> a.type() == dev.dossier.model.EventType.CONTRACT_SIGNED).findFirst().orElseThrow();
        assertTrue(contract.value().isEmpty() && contract.date().isEmpty(), contract.toString());
        var arm = Fixture.doc("g28", "Hanwha has been awarded an order from the ROK Army worth $1.1 billion to deliver "
                        + "48 K9 howitzers to Norway.").published("2022-08-25")
                .organisation("ROK Army", "ROK Army", "South Korea").country("Norway", "Norway")
                .weapon("K9", "K9", "South Korea").money("$1.1 billion", 1.1e9, "USD");
        assertTrue(reader.read(arm.build()).stream().allMatch(a -> a.value().isEmpty()));
        var buyer = Fixture.doc("g27", "Hanwha has won an order from Norway worth $1.1 billion for 48 K9 howitzers.")
                .published("2022-08-25").country("Norway", "Norway").weapon("K9", "K9", "South Korea")
                .money("$1.1 billion", 1.1e9, "USD");
        assertEquals(1.1e9, reader.read(buyer.build()).get(0).value().orElseThrow().amount(), "the sale itself");
    }

    @Test
    void aFigureCalledACeilingIsNoContractsPrice() {
        var doc = Fixture.doc("g23", "A $40 billion figure announced by the ministry on Friday is the upper limit of "
                        + "several contracts for Typhoon jets that Britain signed with Qatar.")
                .country("Britain", "United Kingdom").country("Qatar", "Qatar")
                .weapon("Typhoon", "Typhoon", "United Kingdom").money("$40 billion", 40e9, "USD");
        var claims = reader.read(doc.build());
        assertTrue(!claims.isEmpty() && claims.stream().allMatch(a -> a.value().isEmpty()), claims.toString());
    }

    @Test
    void ofThatYearTakesTheYearOfTheSentencesEarlierDate() {
        var doc = Fixture.doc("g1", "Peru bought 12 Rafales from France in January 2019 and received the first of them "
                        + "in July of that year.").published("2024-03")
                .country("Peru", "Peru").country("France", "France").weapon("Rafales", "Rafale", "France")
                .time("January 2019", "2019-01").time("July", "2024-07");
        assertEquals(List.of("CONTRACT_SIGNED France>Peru Rafale 2019-01 #- asserted asserts -/-",
                "DELIVERY France>Peru Rafale 2019-07 #- asserted asserts -/-"), read(doc));
    }

    @Test
    void aPassiveContractWithAParentheticalIsStillSigned() {
        var doc = Fixture.doc("g2", "The first contract, for 24 Gripen jets from Sweden, was signed by Hungary in May 2015.")
                .country("Sweden", "Sweden").country("Hungary", "Hungary").weapon("Gripen", "Gripen", "Sweden")
                .time("May 2015", "2015-05");
        assertEquals(List.of("CONTRACT_SIGNED Sweden>Hungary Gripen 2015-05 #1 asserted asserts -/-"), read(doc));
    }

    @Test
    void finalisingAPurchaseIsAContract() {
        var doc = Fixture.doc("g3", "Qatar finalised the purchase of 24 Typhoon jets from Britain in December 2017.")
                .country("Qatar", "Qatar").country("Britain", "United Kingdom")
                .weapon("Typhoon", "Typhoon", "United Kingdom").time("December 2017", "2017-12");
        assertEquals(List.of("CONTRACT_SIGNED United Kingdom>Qatar Typhoon 2017-12 #- asserted asserts -/-"), read(doc));
    }

    @Test
    void whatADailyReportsCitingUnnamedSourcesIsReportedNotAsserted() {
        var doc = Fixture.doc("g4", "Chile signed a contract for Leopard tanks in 2019, a Santiago business daily "
                        + "reported on Monday, citing unnamed officials.")
                .country("Chile", "Chile").weapon("Leopard", "Leopard 2", "Germany").time("2019", "2019")
                .said("Chile signed a contract for Leopard tanks in 2019", "reported", null,
                        "a Santiago business daily", null, dev.dossier.model.Stance.ASSERTS);
        assertEquals(List.of("CONTRACT_SIGNED Germany>Chile Leopard 2 2019 #- reported asserts a Santiago business daily/-"),
                read(doc));
    }

    @Test
    void theSubjectOfAWarningIsItsSpeakerAndTheOuterSourceOnlyRelaysIt() {
        String body = "Minister Jane Roe warned Peruvian officials in a letter that new Su-30 deals with Russia could "
                + "trigger sanctions, according to people who have seen it.";
        var doc = Fixture.doc("g5", body).person("Jane Roe", "Jane Roe").country("Peruvian", "Peru")
                .country("Russia", "Russia").weapon("Su-30", "Su-30", "Russia")
                .reported(body.substring(0, body.indexOf(", according")), "according to", null,
                        "people who have seen it", dev.dossier.model.Stance.HEDGES);
        var sources = reader.read(doc.build()).stream().map(a -> a.evidence().stance() + " "
                + a.evidence().attributedTo().orElse("-") + "/" + a.evidence().via().orElse("-")).distinct().toList();
        assertEquals(List.of("ASSERTS Jane Roe/people who have seen it"), sources);
    }

    @Test
    void notBeforeADateIsALaterPlanNotADenial() {
        var doc = Fixture.doc("g6", "The last four Patriot batteries that Spain ordered will not arrive before 2027.")
                .published("2024-05").country("Spain", "Spain").weapon("Patriot", "Patriot", "United States")
                .time("2027", "2027");
        var lines = read(doc);
        assertEquals(true, lines.contains("DELIVERY United States>Spain Patriot - #- planned asserts -/-"),
                lines.toString());
    }

    @Test
    void theStateAWarIsFoughtInIsNoParty() {
        var doc = Fixture.doc("g7", "Deliveries of the Su-30 jets to Algeria were delayed by the war in Ukraine.")
                .country("Algeria", "Algeria").country("Ukraine", "Ukraine").weapon("Su-30", "Su-30", "Russia");
        assertEquals(List.of("DELAY Russia>Algeria Su-30 - #- asserted asserts -/-"), read(doc));
    }

    @Test
    void theStateWagingAWarBesideTheDealIsNoParty() {
        var doc = Fixture.doc("g7b", "The country's cabinet signed the contract to buy 30 Gripen jets worth $4 billion "
                        + "as Belarus continues to wage a war in Moldova.")
                .country("Belarus", "Belarus").country("Moldova", "Moldova").weapon("Gripen", "Gripen", "Sweden");
        assertEquals(List.of("CONTRACT_SIGNED Sweden>? Gripen - #- asserted asserts -/-"), read(doc));
    }

    @Test
    void aConditionAndItsConsequenceAreNoEvents() {
        var doc = Fixture.doc("g7c", "\u201cIf we signed the contract this week, we will receive the first Gripen jets "
                        + "around 2029,\u201d the Peruvian air force chief said.")
                .country("Peruvian", "Peru").weapon("Gripen", "Gripen", "Sweden").time("2029", "2029");
        assertEquals(List.of(), read(doc));
    }

    @Test
    void beingAskedIfIsNoCondition() {
        var doc = Fixture.doc("g7d", "Asked if Peru had received the first Gripen jets in 2029, the minister said yes.")
                .country("Peru", "Peru").weapon("Gripen", "Gripen", "Sweden").time("2029", "2029");
        assertEquals(1, read(doc).size(), read(doc).toString());
    }

    @Test
    void theFormerUserOfSecondHandJetsIsNotTheBuyer() {
        var doc = Fixture.doc("g7e", "The credit lets Peru order 10 used Gripen jets, formerly flown by Hungary, "
                        + "in a deal worth $400 million.")
                .country("Peru", "Peru").country("Hungary", "Hungary").weapon("Gripen", "Gripen", "Sweden");
        assertEquals(true, !read(doc).isEmpty() && read(doc).stream().allMatch(l -> l.contains("Sweden>Peru")),
                read(doc).toString());
    }

    @Test
    void aSystemThatOnlyRidesAlongIsNotTheSubject() {
        var doc = Fixture.doc("g8", "The first 12 Leopard tanks for Norway arrived in May 2023, together with the "
                        + "first batch of PzH 2000 howitzers.")
                .country("Norway", "Norway").weapon("Leopard", "Leopard 2", "Germany")
                .weapon("PzH 2000", "PzH 2000", "Germany").time("May 2023", "2023-05");
        assertEquals(List.of("DELIVERY Germany>Norway Leopard 2 2023-05 #1 asserted asserts -/-"), read(doc));
    }

    @Test
    void aContractStillAwaitedIsPlanned() {
        var doc = Fixture.doc("g9", "Observers in Oslo have been waiting for the second K9 contract with Norway since 2022.")
                .country("Norway", "Norway").weapon("K9", "K9", "South Korea").time("2022", "2022");
        assertEquals(List.of("CONTRACT_SIGNED South Korea>Norway K9 2022 #2 planned asserts -/-"), read(doc));
    }

    @Test
    void theDecisionNotToContinueWithAProgrammeIsItsCancellation() {
        var doc = Fixture.doc("g10", "Canada said the decision not to continue with the F-35 purchase from the United "
                        + "States was final.")
                .country("Canada", "Canada").country("United States", "United States")
                .weapon("F-35", "F-35", "United States");
        assertEquals(true, read(doc).contains("CANCELLATION United States>Canada F-35 - #- asserted asserts -/-"),
                read(doc).toString());
    }

    @Test
    void aCapitalModifyingTheSpeakingNounIsNotTheSpeaker() {
        String body = "A Berlin defence weekly reported on Tuesday that the sale of Leopard tanks to Chile had been cancelled.";
        var doc = Fixture.doc("g11", body).country("Berlin", "Germany").country("Chile", "Chile")
                .weapon("Leopard", "Leopard 2", "Germany")
                .reported("the sale of Leopard tanks to Chile had been cancelled", "reported", "Germany", null,
                        dev.dossier.model.Stance.ASSERTS);
        var who = reader.read(doc.build()).stream().map(x -> x.evidence().attributedTo().orElse("-") + " "
                + x.status()).distinct().toList();
        assertEquals(List.of("A Berlin defence weekly REPORTED"), who);
    }

    @Test
    void theShipNounIsNoDeliveryAndTheStateThatBuildsItIsTheRecipient() {
        var doc = Fixture.doc("g12", "The Type 31 frigates, based on a British design, are to be built in Jakarta, "
                        + "with the first Indonesian-built ship due in 2030.")
                .country("British", "United Kingdom").country("Indonesian", "Indonesia")
                .weapon("Type 31", "Type 31", "United Kingdom").time("2030", "2030");
        assertEquals(List.of("LOCAL_PRODUCTION United Kingdom>Indonesia Type 31 2030 #- planned asserts -/-"), read(doc));
    }

    @Test
    void aDeliveryThatSlipsToALaterYearIsADelay() {
        var doc = Fixture.doc("g13", "The first delivery of Gripen jets to Thailand slipped to 2026.")
                .country("Thailand", "Thailand").weapon("Gripen", "Gripen", "Sweden").time("2026", "2026");
        assertEquals("DELAY", read(doc).get(0).split(" ")[0]);
    }

    @Test
    void discussingBuyingIsTalks() {
        var doc = Fixture.doc("g14", "Chile has discussed buying Gripen jets from Sweden.")
                .country("Chile", "Chile").country("Sweden", "Sweden").weapon("Gripen", "Gripen", "Sweden");
        assertEquals(List.of("TALKS Sweden>Chile Gripen - #- asserted asserts -/-"), read(doc));
    }

    @Test
    void aDateInARelativeClauseOnALaterNounIsNotTheTriggersDate() {
        var doc = Fixture.doc("g15", "The deliveries of Patriot batteries to Spain are part of the contract that the two "
                        + "countries signed in March 2021.").published("2024-05")
                .country("Spain", "Spain").weapon("Patriot", "Patriot", "United States").time("March 2021", "2021-03");
        assertEquals(List.of("DELIVERY United States>Spain Patriot - #- asserted asserts -/-"), read(doc));
    }

    @Test
    void weighingTheRiskOfSanctionsIsNoSanction() {
        var doc = Fixture.doc("g16", "Vietnam bought Su-30 jets from Russia. Hanoi has been weighing the risk of US sanctions.")
                .country("Vietnam", "Vietnam").country("Hanoi", "Vietnam").country("US", "United States")
                .country("Russia", "Russia")
                .weapon("Su-30", "Su-30", "Russia");
        assertEquals(List.of("CONTRACT_SIGNED Russia>Vietnam Su-30 - #- asserted asserts -/-"), read(doc));
    }

    @Test
    void planningOrPreparingToSupplyIsAPlanNotADelivery() {
        var doc = Fixture.doc("g40", "Norway is preparing to provide Chile with up to forty K9 howitzers.")
                .country("Norway", "Norway").country("Chile", "Chile").weapon("K9", "K9", "South Korea");
        assertEquals(true, !read(doc).isEmpty() && read(doc).stream().allMatch(l -> l.contains(" planned ")),
                read(doc).toString());
        var other = Fixture.doc("g41", "Officials said Norway is planning to send K9 howitzers to Chile.")
                .country("Norway", "Norway").country("Chile", "Chile").weapon("K9", "K9", "South Korea");
        assertEquals(true, !read(other).isEmpty() && read(other).stream().allMatch(l -> l.contains(" planned ")),
                read(other).toString());
    }

    @Test
    void anAgreementToManufactureOrAPlantToBuildIsLocalProductionNotAContract() {
        var doc = Fixture.doc("g42", "Norway and Chile have reached an agreement to manufacture K9 howitzers in Chile.")
                .country("Norway", "Norway").country("Chile", "Chile").weapon("K9", "K9", "Norway");
        var lines = read(doc);
        assertEquals(true, lines.stream().anyMatch(l -> l.startsWith("LOCAL_PRODUCTION "))
                && lines.stream().noneMatch(l -> l.startsWith("CONTRACT_SIGNED ")), lines.toString());
        var other = Fixture.doc("g43", "Norway is helping Chile build a K9 manufacturing plant near the coast.")
                .country("Norway", "Norway").country("Chile", "Chile").weapon("K9", "K9", "Norway");
        assertEquals(true, read(other).stream().anyMatch(l -> l.startsWith("LOCAL_PRODUCTION ")), read(other).toString());
    }

    @Test
    void theStateAfterAProgressiveTransferVerbIsItsRecipient() {
        var doc = Fixture.doc("g44", "Norway is providing Chile with materials to build a drone manufacturing plant "
                        + "near the coast.")
                .country("Norway", "Norway").country("Chile", "Chile");
        var lines = read(doc);
        assertEquals(true, lines.stream().anyMatch(l -> l.startsWith("LOCAL_PRODUCTION ?>Chile ")), lines.toString());
        var other = Fixture.doc("g45", "Norway supplies Chile with materials to build a drone manufacturing plant.")
                .country("Norway", "Norway").country("Chile", "Chile");
        assertEquals(true, read(other).stream().anyMatch(l -> l.startsWith("LOCAL_PRODUCTION ?>Chile ")),
                read(other).toString());
    }

    @Test
    void thePurposeOfAProgressiveTransferIsDatedByItsStatementLikeTheTransfer() {
        var doc = Fixture.doc("g46", "Norway is providing Chile with parts to build a K9 manufacturing plant "
                        + "near the coast, officials said.").published("2021-03-12")
                .country("Norway", "Norway").country("Chile", "Chile").weapon("K9", "K9", "Norway");
        var lines = read(doc);
        assertEquals(true, lines.stream().anyMatch(l -> l.startsWith("LOCAL_PRODUCTION ") && l.contains(" 2021-03 ")),
                lines.toString());
    }

    @Test
    void providingTheMeansToBuildIsProductionNotADelivery() {
        var doc = Fixture.doc("g47", "Norway has provided Chile with machinery to build a K9 manufacturing plant.")
                .country("Norway", "Norway").country("Chile", "Chile").weapon("K9", "K9", "Norway");
        var lines = read(doc);
        assertEquals(true, lines.stream().anyMatch(l -> l.startsWith("LOCAL_PRODUCTION Norway>Chile K9 "))
                && lines.stream().noneMatch(l -> l.startsWith("DELIVERY ")), lines.toString());
        var other = Fixture.doc("g48", "Norway has provided Chile with K9 howitzers and spare parts.")
                .country("Norway", "Norway").country("Chile", "Chile").weapon("K9", "K9", "Norway");
        assertEquals(true, read(other).stream().anyMatch(l -> l.startsWith("DELIVERY Norway>Chile K9 ")),
                read(other).toString());
    }
}
