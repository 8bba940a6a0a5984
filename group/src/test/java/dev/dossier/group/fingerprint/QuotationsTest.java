package dev.dossier.group.fingerprint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.dossier.group.GroupingConfig;
import dev.dossier.group.MinHashGrouper;
import org.junit.jupiter.api.Test;

/** Texts written for the project: a long quotation two reports share does not make them copies. */
class QuotationsTest {
    private static final String STATEMENT = "We have signed the contract for the frigates and the first ship will be handed over to our navy "
            + "within three years, with the rest following at a pace of one a year until the programme is complete, "
            + "and we expect the shipyard to keep to that schedule without any further delay or extra cost";

    @Test
    void quotationsOfEveryStyleAreRemoved() {
        assertEquals("He said   and left.", Quotations.removed("He said \"the ships will come next year\" and left."));
        assertEquals("Er sagte  .", Quotations.removed("Er sagte \u201Edie Schiffe kommen n\u00e4chstes Jahr\u201C."));
        assertEquals("Il a dit  .", Quotations.removed("Il a dit \u00ab les navires arrivent l'an prochain \u00bb."));
        assertEquals("He said \"yes\".", Quotations.removed("He said \"yes\"."));
    }

    @Test
    void twoReportsQuotingOneStatementAreNoCopies() {
        Fingerprinter f = MinHashGrouper.fingerprinter(GroupingConfig.defaults());
        Fingerprint a = f.of("The defence minister of Northland spoke to reporters in the capital on Tuesday after a cabinet meeting. \""
                + STATEMENT + "\" The opposition called the purchase a waste of money.");
        Fingerprint b = f.of("Southland's shipbuilder will deliver frigates to Northland, whose minister told a radio station: \u201C"
                + STATEMENT + "\u201D Analysts said the price was high for ships of that size.");
        assertFalse(CopyRule.defaults().copies(a.signature(), a.shingles(), b.signature(), b.shingles()));
    }
}
