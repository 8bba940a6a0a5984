package dev.dossier.assertion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dossier.assertion.learn.Featurizer;
import dev.dossier.assertion.learn.LinearModel;
import dev.dossier.model.AnnotatedDocument;
import dev.dossier.model.Assertion;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The learned classifier proposes an event where no trigger word matched; the rules still fill the
 * parties, system and date, and the source names the classifier's rule. A two-class model written
 * here (the word "landed" speaks for DELIVERY) stands for the shipped one.
 */
class ClassifierProposerTest {
    private static LinearModel landedMeansDelivery() throws IOException {
        String model = "classes\tNONE\tDELIVERY\n"
                + Featurizer.hash("bias") + "\t1.0\t0.0\n"
                + Featurizer.hash("u:landed") + "\t0.0\t4.0\n";
        return LinearModel.read(new ByteArrayInputStream(model.getBytes(StandardCharsets.UTF_8)), "test-model.tsv");
    }

    private static AnnotatedDocument landed() {
        return Fixture.doc("c1", "The first Gripen jets for Brazil landed at the air base in March 2021.")
                .country("Brazil", "Brazil").weapon("Gripen", "Gripen", "Sweden").time("March 2021", "2021-03").build();
    }

    @Test
    void aSentenceNoTriggerReadsBecomesTheClassifiersEventWithTheRulesRoles() throws IOException {
        List<Assertion> read = new RuleAssertionReader(Optional.of(landedMeansDelivery()), 0.6).read(landed());
        assertEquals(List.of("DELIVERY Sweden>Brazil Gripen 2021-03 #1 asserted asserts -/-"),
                read.stream().map(RuleAssertionReaderTest::line).toList());
        assertEquals("classifier.delivery-v1", read.get(0).evidence().rule());
    }

    @Test
    void belowItsThresholdOrSwitchedOffTheClassifierProposesNothing() throws IOException {
        assertEquals(List.of(), new RuleAssertionReader(Optional.of(landedMeansDelivery()), 0.999).read(landed()));
        assertEquals(List.of(), new RuleAssertionReader(Optional.of(landedMeansDelivery()), LinearModel.NEVER)
                .read(landed()));
    }

    @Test
    void aTransferIsProposedOnlyWhereTheSentenceNamesItsSystem() throws IOException {
        AnnotatedDocument doc = Fixture.doc("c3", "Brazil flies old Mirage jets from France. The first crews from "
                        + "France landed in Brazil in March 2021.")
                .country("Brazil", "Brazil").country("France", "France").weapon("Mirage", "Mirage 2000", "France")
                .time("March 2021", "2021-03").build();
        List<Assertion> read = new RuleAssertionReader(Optional.of(landedMeansDelivery()), 0.6).read(doc);
        assertTrue(read.stream().noneMatch(a -> a.evidence().rule().startsWith("classifier.")), read.toString());
        AnnotatedDocument anaphor = Fixture.doc("c4", "Brazil bought Gripen jets from Sweden in 2014. Under the deal the "
                        + "first crews from Sweden landed in Brazil in March 2021.")
                .country("Brazil", "Brazil").country("Sweden", "Sweden").weapon("Gripen", "Gripen", "Sweden")
                .time("2014", "2014").time("March 2021", "2021-03").build();
        List<Assertion> pointing = new RuleAssertionReader(Optional.of(landedMeansDelivery()), 0.6).read(anaphor);
        assertTrue(pointing.stream().anyMatch(a -> a.evidence().rule().startsWith("classifier.")), pointing.toString());
    }

    @Test
    void aTriggerThatFiredIsNeverSecondGuessed() throws IOException {
        AnnotatedDocument doc = Fixture.doc("c2", "Brazil landed a contract for Gripen jets in 2014.")
                .country("Brazil", "Brazil").weapon("Gripen", "Gripen", "Sweden").time("2014", "2014").build();
        List<Assertion> read = new RuleAssertionReader(Optional.of(landedMeansDelivery()), 0.6).read(doc);
        assertEquals(List.of("CONTRACT_SIGNED"), read.stream().map(a -> a.type().name()).toList());
    }

    @Test
    void theShippedModelIsReadAndSwitchedOnAtItsThreshold() {
        LinearModel shipped = ClassifierProposer.shipped().orElseThrow();
        assertEquals(0.6, shipped.threshold());
        assertEquals("NONE", shipped.classes().get(0));
        org.junit.jupiter.api.Assertions.assertTrue(shipped.classes().containsAll(
                List.of("CONTRACT_SIGNED", "DELIVERY", "SANCTION")), shipped.classes().toString());
    }
}
