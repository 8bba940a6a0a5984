package dev.dossier.assertion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A system spoken of by its category ("the drones") is the one the same document names in that category. */
class CategoryNounsTest {
    private final RuleAssertionReader reader = new RuleAssertionReader();

    private List<String> read(Fixture fixture) {
        return reader.read(fixture.build()).stream().map(RuleAssertionReaderTest::line).toList();
    }

    @Test
    void aDenialAboutTheCategoryNounDeniesTheNamedSystemOfThatCategory() {
        var doc = Fixture.doc("cn1", "Kestrel-4 drones flew over the border. More Kestrel-4 drones followed. "
                        + "A Falx-200 missile was also seen. Norway denied supplying missiles to Chile.")
                .country("Norway", "Norway").country("Chile", "Chile")
                .weapon("Kestrel-4", "Kestrel-4", "Norway", "drone")
                .weapon("Falx-200", "Falx-200", "Norway", "ballistic-missile");
        assertEquals(List.of("DELIVERY Norway>Chile Falx-200 - #- denied denies -/-"), read(doc));
    }

    @Test
    void eachCategoryNounTakesTheSystemOfItsOwnCategory() {
        var doc = Fixture.doc("cn2", "Reports mention Falx-200 missiles and Kestrel-4 drones. "
                        + "Norway will send missiles to Chile.")
                .country("Norway", "Norway").country("Chile", "Chile")
                .weapon("Kestrel-4", "Kestrel-4", "Norway", "drone")
                .weapon("Falx-200", "Falx-200", "Norway", "ballistic-missile");
        assertEquals(List.of("DELIVERY Norway>Chile Falx-200 - #- planned asserts -/-"), read(doc));
    }

    @Test
    void aCategoryNounInAnyCaseStandsForTheSameSystem() {
        // the last sentence cannot be folded ("İ"): the noun is then found case-insensitively in the body
        for (String send : List.of("Norway will send missiles to Chile.", "Norway will send MISSILES to Chile.",
                "Norway will send Missiles to Chile via İzmir.")) {
            var doc = Fixture.doc("cn6", "Reports mention Falx-200 missiles and Kestrel-4 drones. " + send)
                    .country("Norway", "Norway").country("Chile", "Chile")
                    .weapon("Kestrel-4", "Kestrel-4", "Norway", "drone")
                    .weapon("Falx-200", "Falx-200", "Norway", "ballistic-missile");
            assertEquals(List.of("DELIVERY Norway>Chile Falx-200 - #- planned asserts -/-"), read(doc), send);
        }
    }

    @Test
    void aDocumentThatNamesNoSystemOfTheCategoryLeavesItToTheReconciler() {
        var doc = Fixture.doc("cn5", "Officials in Lima said on Friday that Norway had sent drones to Peru.")
                .country("Norway", "Norway").country("Peru", "Peru");
        assertEquals(List.of("DELIVERY ?>Peru category:drone+loitering-munition - #- asserted asserts -/-"),
                read(doc));
    }

    @Test
    void twoCompetingSystemsOfTheCategoryLeaveTheNounWithoutSystem() {
        var doc = Fixture.doc("cn3", "Norway builds the Kestrel-4 and the Skua-7 drones. "
                        + "Norway denied supplying drones to Chile.")
                .country("Norway", "Norway").country("Chile", "Chile")
                .weapon("Kestrel-4", "Kestrel-4", "Norway", "drone")
                .weapon("Skua-7", "Skua-7", "Norway", "drone");
        assertTrue(read(doc).stream().noneMatch(l -> l.contains("denied")), read(doc).toString());
    }

    @Test
    void aStateBeforeTheNounKeepsOnlyItsOwnSystems() {
        var doc = Fixture.doc("cn4", "Observers saw Kestrel-4 drones in the north. "
                        + "Peru delivered Peruvian-made drones to Chile.")
                .country("Peru", "Peru").country("Peruvian", "Peru").country("Chile", "Chile")
                .weapon("Kestrel-4", "Kestrel-4", "Norway", "drone");
        assertTrue(read(doc).stream().noneMatch(l -> l.contains("Kestrel-4")), read(doc).toString());
    }

    @Test
    void aClaimThatThePredicateDismissesIsDenied() {
        var doc = Fixture.doc("cn6", "The allegation of sending Falx-200 missiles to Chile is without foundation.")
                .country("Chile", "Chile").weapon("Falx-200", "Falx-200", "Norway", "ballistic-missile");
        assertEquals(List.of("DELIVERY Norway>Chile Falx-200 - #- denied denies -/-"), read(doc));
    }

    @Test
    void aDismissalInAnotherClauseDeniesNothing() {
        var doc = Fixture.doc("cn7", "Reports of Norway sending Falx-200 missiles to Chile emerged on Monday, "
                        + "but the figures were wrong.")
                .country("Norway", "Norway").country("Chile", "Chile")
                .weapon("Falx-200", "Falx-200", "Norway", "ballistic-missile");
        assertTrue(read(doc).stream().noneMatch(l -> l.contains("denied")), read(doc).toString());
    }

    @Test
    void theStateAttackedWithTheDronesIsNotTheirOperator() {
        var doc = Fixture.doc("cn8", "Kestrel-4 drones were seen over the sea. "
                        + "Ankara on Friday denied its troops had deployed Norwegian drones to attack Chile.")
                .country("Norwegian", "Norway").country("Ankara", "Turkey")
                .country("Chile", "Chile").weapon("Kestrel-4", "Kestrel-4", "Norway", "drone")
                .said("its troops had deployed Norwegian drones to attack Chile", "denied", null, "Ankara", null,
                        dev.dossier.model.Stance.DENIES);
        assertEquals(List.of("DEPLOYMENT Turkey>- Kestrel-4 - #- denied denies Ankara/-"), read(doc));
    }

    @Test
    void theStateAccusedOfUsingTheDronesIsTheirOperatorNotTheAccuserOrTheMaker() {
        var doc = Fixture.doc("cn9", "Chilean officials have accused Turkey of deploying Norwegian Kestrel-4 drones.")
                .country("Chilean", "Chile").country("Turkey", "Turkey").country("Norwegian", "Norway")
                .weapon("Kestrel-4", "Kestrel-4", "Norway", "drone");
        assertEquals(List.of("DEPLOYMENT Turkey>- Kestrel-4 - #- asserted asserts -/-"), read(doc));
    }

    @Test
    void theTheatreTheDronesAreForIsNeitherPartyNorAnObstacle() {
        var doc = Fixture.doc("cn10", "Kestrel-4 drones were seen over the sea. The navy said little. "
                        + "Norway denied supplying drones to Chile for use in Peru.")
                .country("Norway", "Norway").country("Chile", "Chile").country("Peru", "Peru")
                .weapon("Kestrel-4", "Kestrel-4", "Norway", "drone");
        assertEquals(List.of("DELIVERY Norway>Chile Kestrel-4 - #- denied denies -/-"), read(doc));
    }

    @Test
    void aClaimMadeInMediaReportsIsNoLocalProduction() {
        var doc = Fixture.doc("cn11", "Norway denied that it planned to send Falx-200 missiles to Chile, "
                        + "an allegation made in several media reports.")
                .country("Norway", "Norway").country("Chile", "Chile")
                .weapon("Falx-200", "Falx-200", "Norway", "ballistic-missile");
        assertTrue(read(doc).stream().noneMatch(l -> l.startsWith("LOCAL_PRODUCTION")), read(doc).toString());
    }
}
