package dev.dossier.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dossier.model.Dossier;
import dev.dossier.model.Event;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Long lists in report.md and report.html stop after a number of items and say where the rest is. */
class ListingTest {
    private static final Dossier DOSSIER = SampleDossier.dossier();
    private static final Listing ONE = new Listing(1);

    @Test
    void markdownListsTheBestDealAndSaysHowManyMoreThereAre() {
        String md = MarkdownReport.write(new ReportData(DOSSIER, ONE));
        assertTrue(md.contains("### Northland → Southmark: KX-9 (delivering)"), md);
        assertFalse(md.contains("### Northland → Southmark: KX-9 (disputed)"), md);
        assertTrue(md.contains("*… and 1 more deal, not listed here (this report shows 1 of each list). dossier.json "
                + "and ledger.csv hold them all; browse them with dossier serve (web UI and REST API), or query the "
                + "Parquet tables of dossier spark --parquet.*"), md);
        assertTrue(md.contains("| 001\\_wire\\_a.txt |"), md);
        assertFalse(md.contains("| 002\\_wire\\_b.txt |"), md);
        assertTrue(md.contains("… and 4 more documents, not listed here"), md);
        assertTrue(md.contains("… and 2 more dated events, not listed here"), md);
    }

    @Test
    void htmlLinksOnlyToDocumentsItLists() {
        String html = HtmlReport.write(new ReportData(DOSSIER, ONE));
        assertTrue(html.contains("<tr id=\"doc-a1\">"), "the first document is listed");
        assertFalse(html.contains("<tr id=\"doc-c3\">"), "the third is not");
        assertFalse(html.contains("href=\"#doc-c3\""), "so nothing links to it");
        assertTrue(html.contains("The Courier: KX-9: a second contract?"), "but it is still named where it is quoted");
        assertTrue(html.contains("<p class=\"more unlisted\">… and 1 more deal, not listed here"), html);
        assertTrue(html.contains("</ul><p class=\"more unlisted\">… and 2 more events, not listed here"), html);
    }

    @Test
    void aDossierWithinTheLimitIsListedWhole() {
        ReportData data = new ReportData(DOSSIER);
        assertFalse(MarkdownReport.write(data).contains("not listed here"));
        assertFalse(HtmlReport.write(data).contains("not listed here"));
    }

    @Test
    void theTimelineKeepsTheBestSourcedEventsInDateOrder() {
        List<Event> dated = DOSSIER.timeline().stream()
                .map(id -> DOSSIER.events().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow()).toList();
        // e1 and e2 have two documents each, e5 one: with room for two, e5 goes.
        assertEquals(List.of("e1", "e2"), new Listing(2).bestSourced(dated).stream().map(Event::id).toList());
        assertEquals(List.of("e1"), new Listing(1).bestSourced(dated).stream().map(Event::id).toList());
    }
}
