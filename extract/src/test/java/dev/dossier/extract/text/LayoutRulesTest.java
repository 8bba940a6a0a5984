package dev.dossier.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dossier.extract.Article;
import dev.dossier.model.Metadata;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Page layouts the text reader must generalise to: scraped text written for the project → what it finds. */
class LayoutRulesTest {
    private final TextArticleReader reader = new TextArticleReader(JunkLexicon.standard());
    private final JunkLexicon lexicon = JunkLexicon.standard();

    private Article read(String text) {
        return reader.readText(text, Metadata.empty());
    }

    @Test
    void footerLabelsAndShareLinesAreFurnitureAtAnyLength() {
        Article a = read("""
                Coast guard takes delivery of two patrol boats

                The coast guard took delivery of two patrol boats on Tuesday, the ministry said in a statement.

                Share on Facebook  Share on LinkedIn  Share by email
                Print this page | Email this page
                Related coverage: Shipyard wins second order from the navy for offshore vessels
                Read more: Harbour dredging plan approved | Budget for ports rises again
                Read next
                Ferry operator names its new chief
                Support our newsroom. Become a member today.
                """);
        assertEquals("The coast guard took delivery of two patrol boats on Tuesday, the ministry said in a statement.", a.body());
    }

    @Test
    void becomingAMemberInsideAReportIsNotAnAppeal() {
        assertEquals(Optional.empty(), lexicon.classify("The country is expected to become a member of the alliance next year."));
        assertEquals(Optional.empty(), lexicon.classify("Printing costs rose by a fifth, the company said."));
        assertEquals(Optional.of(JunkKind.APPEAL), lexicon.classify("Back local reporting. Become a member now!"));
    }
}
