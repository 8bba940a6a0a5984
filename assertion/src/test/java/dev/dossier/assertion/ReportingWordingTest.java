package dev.dossier.assertion;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dossier.model.Stance;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Wordings of real reporting: phrasal and light-verb triggers, abandoned plans, and predicates
 * dated by their statement (each sentence written for this test).
 */
class ReportingWordingTest {
    private static final String FILLER = "Officials met in the capital. The weather was mild. ";
    private final RuleAssertionReader reader = new RuleAssertionReader();

    private List<String> read(Fixture fixture) {
        return reader.read(fixture.build()).stream().map(RuleAssertionReaderTest::line).toList();
    }

    @Test
    void aTrancheComingIntoForceIsAContract() {
        var doc = Fixture.doc("w1", "The second tranche of 12 Gripen jets for Peru came into force on 4 May 2021.")
                .country("Peru", "Peru").weapon("Gripen", "Gripen", "Sweden").time("4 May 2021", "2021-05-04");
        assertEquals(List.of("CONTRACT_SIGNED Sweden>Peru Gripen 2021-05-04 #2 asserted asserts -/-"), read(doc));
    }

    @Test
    void aContractFormallySignedIsAContractEvenWhenDenied() {
        var doc = Fixture.doc("w1b", "No contract had been formally signed between Peru and Sweden over the Gripen jets.")
                .country("Peru", "Peru").country("Sweden", "Sweden").weapon("Gripen", "Gripen", "Sweden");
        assertEquals(1, read(doc).size(), read(doc).toString());
        assertEquals("CONTRACT_SIGNED", read(doc).get(0).split(" ")[0]);
    }

    @Test
    void suspendingDeliveriesIsADelay() {
        var doc = Fixture.doc("w1c", "Sweden has suspended further Gripen deliveries to Peru.")
                .country("Sweden", "Sweden").country("Peru", "Peru").weapon("Gripen", "Gripen", "Sweden");
        assertEquals(List.of("DELAY"), read(doc).stream().map(line -> line.split(" ")[0]).toList());
        var stopped = Fixture.doc("w1d", "Sweden decided to stop supplying Gripen jets to Peru.")
                .country("Sweden", "Sweden").country("Peru", "Peru").weapon("Gripen", "Gripen", "Sweden");
        assertEquals(List.of("DELAY"), read(stopped).stream().map(line -> line.split(" ")[0]).toList());
    }

    @Test
    void aDeliveryPushedToALaterYearIsADelay() {
        var doc = Fixture.doc("w1e", "The handover of the Gripen jets to Peru was pushed to 2027.")
                .country("Peru", "Peru").weapon("Gripen", "Gripen", "Sweden").time("2027", "2027");
        assertEquals("DELAY", read(doc).get(read(doc).size() - 1).split(" ")[0], read(doc).toString());
    }

    @Test
    void makingARequestToBuyIsTalks() {
        var doc = Fixture.doc("w2", "Peru made a formal request on 3 March to buy 12 Gripen jets from Sweden.")
                .country("Peru", "Peru").country("Sweden", "Sweden").weapon("Gripen", "Gripen", "Sweden")
                .time("3 March", "2021-03-03");
        assertEquals(List.of("TALKS Sweden>Peru Gripen 2021-03-03 #- asserted asserts -/-"), read(doc));
    }

    @Test
    void willBuyIsAnIntentNotAContract() {
        var doc = Fixture.doc("w3", FILLER + "Peru will buy 12 Gripen jets from Sweden.").published("2021-06-10")
                .country("Peru", "Peru").country("Sweden", "Sweden").weapon("Gripen", "Gripen", "Sweden");
        assertEquals(List.of("TALKS Sweden>Peru Gripen 2021-06 #- planned asserts -/-"), read(doc));
    }

    @Test
    void abandoningAPlanInFavourOfOthersCancelsItForTheBuyerAndTheLeadIsDatedByPublication() {
        var doc = Fixture.doc("w4", "Peru has abandoned plans to buy Su-30 jets from Russia in favour of Swedish and "
                        + "French aircraft.").published("2021-06-10")
                .country("Peru", "Peru").country("Russia", "Russia").country("Swedish", "Sweden")
                .country("French", "France").weapon("Su-30", "Su-30", "Russia");
        assertEquals(List.of("CANCELLATION Russia>Peru Su-30 2021-06 #- asserted asserts -/-"), read(doc));
    }

    @Test
    void decidingAgainstAPlanIsACancellationNotAPlan() {
        var doc = Fixture.doc("w5", FILLER + "Peru decided against a plan to purchase Su-30 jets from Russia.")
                .country("Peru", "Peru").country("Russia", "Russia").weapon("Su-30", "Su-30", "Russia");
        assertEquals(List.of("CANCELLATION Russia>Peru Su-30 - #- asserted asserts -/-"), read(doc));
    }

    @Test
    void aPresentPerfectTakesTheDateOfItsStatementButAPastPerfectDoesNot() {
        String delayed = "the delivery of Gripen jets to Peru has been delayed";
        String signed = "Peru had signed a contract for Gripen jets";
        var doc = Fixture.doc("w6", FILLER + "Minister Ana Ruiz said on Tuesday " + delayed + ". Ruiz said on Monday "
                        + "that " + signed + ".").published("2021-06-10")
                .country("Peru", "Peru").weapon("Gripen", "Gripen", "Sweden").person("Ana Ruiz", "Ana Ruiz")
                .time("on Tuesday", "2021-06-08").time("on Monday", "2021-06-07")
                .said(delayed, "said", "Ana Ruiz", null, null, Stance.ASSERTS)
                .said(signed, "said on Monday", "Ana Ruiz", null, null, Stance.ASSERTS);
        assertEquals(List.of("DELAY Sweden>Peru Gripen 2021-06-08 #- asserted asserts Ana Ruiz/-",
                "CONTRACT_SIGNED Sweden>Peru Gripen - #- asserted asserts Ana Ruiz/-"), read(doc));
    }

    @Test
    void aDatelinePlaceAndALanguageAdjectiveAreNoParties() {
        var doc = Fixture.doc("w7", "SINGAPORE – A Spanish-language daily reported that Peru made a request to buy "
                        + "Gripen jets.")
                .country("SINGAPORE", "Singapore").country("Spanish", "Spain").country("Peru", "Peru")
                .weapon("Gripen", "Gripen", "Sweden");
        assertEquals(List.of("TALKS Sweden>Peru Gripen - #- asserted asserts -/-"), read(doc));
    }

    @Test
    void aDenialIsNotDatedByItsStatement() {
        String denied = "Peru has not signed a contract for Gripen jets";
        var doc = Fixture.doc("w8", FILLER + "Minister Ana Ruiz said on Tuesday " + denied + ".").published("2021-06-10")
                .country("Peru", "Peru").weapon("Gripen", "Gripen", "Sweden").person("Ana Ruiz", "Ana Ruiz")
                .time("on Tuesday", "2021-06-08").said(denied, "said", "Ana Ruiz", null, null, Stance.ASSERTS);
        assertEquals(List.of("CONTRACT_SIGNED Sweden>Peru Gripen - #- denied denies Ana Ruiz/-"), read(doc));
    }

    @Test
    void aLeadThatRelaysUnnamedSourcesIsNotDatedByItsPage() {
        var doc = Fixture.doc("w9", "Sweden has signed a contract to sell Gripen jets to Peru, according to two "
                        + "industry sources.").published("2021-06-10")
                .country("Sweden", "Sweden").country("Peru", "Peru").weapon("Gripen", "Gripen", "Sweden");
        assertEquals(List.of("CONTRACT_SIGNED Sweden>Peru Gripen - #- asserted asserts -/-"), read(doc));
    }

    @Test
    void anUnresolvedWeekdayDatesTheNewsToThePagesMonthAndEntitiesBasedInAStateMakeItTheTarget() {
        var doc = Fixture.doc("w10", FILLER + "Canada imposed sanctions on Tuesday on a dozen entities based in Peru and "
                        + "Chile.").published("2024-09")
                .country("Canada", "Canada").country("Peru", "Peru").country("Chile", "Chile")
                .unresolvedTime("on Tuesday");
        assertEquals(List.of("SANCTION Canada>Peru - 2024-09 #- asserted asserts -/-"), read(doc));
    }

    @Test
    void aTargetedStateBodyGivesItsStateAndTheFirstCuedTargetWins() {
        var doc = Fixture.doc("w11", FILLER + "Canada imposed sanctions on the Peruvian navy under a law punishing "
                        + "Brazil.")
                .country("Canada", "Canada").country("Brazil", "Brazil")
                .organisation("Peruvian navy", "Peruvian Navy", "Peru");
        assertEquals(List.of("SANCTION Canada>Peru - - #- asserted asserts -/-"), read(doc));
    }

    @Test
    void theStateSlappedWithSanctionsIsTheTarget() {
        var doc = Fixture.doc("w12", FILLER + "Ottawa responded by slapping Lima with sanctions.")
                .country("Ottawa", "Canada").country("Lima", "Peru");
        assertEquals(List.of("SANCTION Canada>Peru - - #- asserted asserts -/-"), read(doc));
    }

    @Test
    void aStateBodyLevyingSanctionsOnCountedFirmsGivesActorAndTarget() {
        var doc = Fixture.doc("w13", FILLER + "The Treasury Department says it is levying sanctions against four "
                        + "Chilean firms.")
                .organisation("Treasury Department", "Treasury Department", "Peru").country("Chilean", "Chile");
        assertEquals(List.of("SANCTION Peru>Chile - - #- asserted asserts -/-"), read(doc));
    }

    @Test
    void measuresIncludingSanctionsShareTheirPlan() {
        var doc = Fixture.doc("w14", FILLER + "Canada will take all necessary measures, including imposing sanctions "
                        + "on Peru.")
                .country("Canada", "Canada").country("Peru", "Peru");
        assertEquals(List.of("SANCTION Canada>Peru - - #- planned asserts -/-"), read(doc));
    }

    @Test
    void anAccusationTheAccusedDeniedIsADenial() {
        var doc = Fixture.doc("w15", FILLER + "Chile accused Peru of sending Orca drones to Bolivia, an accusation Peru "
                        + "denied.")
                .country("Chile", "Chile").country("Peru", "Peru").country("Bolivia", "Bolivia")
                .weapon("Orca", "Orca", "Peru");
        assertEquals(List.of("DELIVERY Peru>Bolivia Orca - #- denied denies -/-"), read(doc));
    }

    @Test
    void aSystemBeingReplacedIsNotTheOneBought() {
        var doc = Fixture.doc("w16", FILLER + "Peru approved spending to replace its fleet of ageing Mirage 2000 and "
                        + "Kfir jets with Gripen fighters from Sweden.")
                .country("Peru", "Peru").country("Sweden", "Sweden").weapon("Mirage 2000", "Mirage 2000", "France")
                .weapon("Kfir", "Kfir", "Israel").weapon("Gripen", "Gripen", "Sweden");
        assertEquals(List.of("APPROVAL Sweden>Peru Gripen - #- asserted asserts -/-"), read(doc));
    }

    @Test
    void aStatedIntentInTheLeadIsDatedByThePageUnlessPlacedEarlier() {
        var doc = Fixture.doc("w17", "Peru will buy 12 Gripen jets from Sweden. Earlier, Peru announced plans to buy "
                        + "Kfir jets from Israel.").published("2021-06-10")
                .country("Peru", "Peru").country("Sweden", "Sweden").country("Israel", "Israel")
                .weapon("Gripen", "Gripen", "Sweden").weapon("Kfir", "Kfir", "Israel");
        assertEquals(List.of("TALKS Sweden>Peru Gripen 2021-06 #- planned asserts -/-",
                "TALKS Israel>Peru Kfir - #- planned asserts -/-"), read(doc));
    }

    @Test
    void aLongSubjectBeforeAPassiveSigningStillMakesAContract() {
        var doc = Fixture.doc("w18", FILLER + "The $900 million deal to equip the air force with Sweden's modern "
                        + "multirole Gripen fighters was signed by Peru in 2019.")
                .country("Sweden", "Sweden").country("Peru", "Peru").weapon("Gripen", "Gripen", "Sweden")
                .time("2019", "2019");
        assertEquals(List.of("CONTRACT_SIGNED Sweden>Peru Gripen 2019 #- asserted asserts -/-"), read(doc));
    }

    /**
     * A quote of two sentences: the second sentence's claim is covered by a statement whose cue
     * ("says") lies in the sentence before it. Reading the words before that cue once failed the
     * whole document (a substring from the sentence's start back to the cue's end).
     */
    @Test
    void aClaimInTheSecondSentenceOfAQuoteIsReadWithTheCueBeforeIt() {
        var doc = Fixture.doc("w30", "Minister Ana Reyes says: \"Our pilots are ready. Sweden has delivered the first "
                + "Gripen jets to Peru.\"")
                .country("Sweden", "Sweden").country("Peru", "Peru").weapon("Gripen", "Gripen", "Sweden")
                .person("Ana Reyes", "Ana Reyes").published("2021-06-14")
                .said("Our pilots are ready. Sweden has delivered the first Gripen jets to Peru.", "says", "Ana Reyes",
                        null, null, Stance.ASSERTS);
        assertEquals(List.of("DELIVERY Sweden>Peru Gripen 2021-06 #1 asserted asserts Ana Reyes/-"), read(doc));
    }
}
