package dev.dossier.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dossier.model.Dossier;
import org.junit.jupiter.api.Test;

class DisputesTest {
    private final Dossier dossier = SampleDossier.dossier();
    private final ReportData data = new ReportData(dossier);

    @Test
    void aValueDisputeNamesEachSideAndItsDate() {
        assertEquals("One origin (2 copies) says the first delivery was in June 2019; The Courier says June 2015.",
                Disputes.explain(dossier.contradictions().get(0), data));
    }

    @Test
    void aPolarityDisputeNamesWhoAssertsAndWhoDenies() {
        assertEquals("Ivan Petrov reports the signing of a contract (Northland → Southmark, KX-9); "
                + "a Southmark official denies it.", Disputes.explain(dossier.contradictions().get(1), data));
    }

    @Test
    void claimedValuesReadAsWords() {
        assertEquals("July 2019", Wording.claimed("first_delivery", "2019-07"));
        assertEquals("USD 2.5 billion", Wording.claimed("value", "2500000000 USD"));
        assertEquals("EUR 400 million", Wording.claimed("value", "EUR 400000000"));
        assertEquals("asserted", Wording.claimed("CONTRACT_SIGNED", "asserted"));
    }
}
