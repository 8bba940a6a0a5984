package dev.dossier.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dossier.model.DateBasis;
import dev.dossier.model.Document;
import dev.dossier.model.DocumentStatus;
import dev.dossier.model.Dossier;
import dev.dossier.model.Metadata;
import dev.dossier.model.PartialDate;
import dev.dossier.model.PublicationDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HtmlReportTest {
    private static final String HOSTILE = "<script>alert(1)</script><img src=x onerror=alert(2)>";

    @Test
    void articleStringsCannotBecomeMarkup() {
        String html = HtmlReport.write(new ReportData(hostile()));
        assertFalse(html.contains("<script"), "no script element");
        assertFalse(html.contains("<img"), "no image element");
        assertFalse(Pattern.compile("<[^>]*\\sonerror\\s*=", Pattern.CASE_INSENSITIVE).matcher(html).find());
        assertFalse(html.toLowerCase(java.util.Locale.ROOT).contains("href=\"javascript:"));
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assertTrue(html.contains("x&quot; onmouseover=&quot;alert(3)"), "quotes in attributes' reach are escaped");
    }

    @Test
    void thePageIsSelfContained() {
        String html = HtmlReport.write(new ReportData(SampleDossier.dossier()));
        for (String outside : List.of("<script", "<link", "@import", "url(", " src=", "cdn")) {
            assertFalse(html.contains(outside), "fetches nothing: " + outside);
        }
        assertTrue(html.contains("<style>"));
        assertTrue(html.contains("<svg"));
    }

    @Test
    void thePageShowsDealsQuotesDisputesTimelineAndDocuments() {
        String html = HtmlReport.write(new ReportData(SampleDossier.dossier()));
        assertTrue(html.contains("5 documents (1 failed), 5 events, 2 deals, 2 contradictions"));
        assertTrue(html.contains("Northland → Southmark: KX-9"));
        assertTrue(html.contains("The first KX-9 batteries arrived in Southmark in June 2019."), "a quote behind a slot");
        assertTrue(html.contains("The Courier says June 2015."), "a dispute in one sentence");
        assertTrue(html.contains("not UTF-8 and no charset declared"), "a failed document's problem");
        assertTrue(html.contains("in the near future"), "an undated event's note");
    }

    @Test
    void markdownKeepsArticleMarkupLiteral() {
        String markdown = MarkdownReport.write(new ReportData(hostile()));
        assertFalse(markdown.contains("<script>"));
        assertTrue(markdown.contains("\\<script\\>"));
    }

    /** The sample dossier with a document whose every field is an attack. */
    private static Dossier hostile() {
        Dossier sample = SampleDossier.dossier();
        Metadata metadata = Metadata.empty().withTitle(HOSTILE).withOutlet("x\" onmouseover=\"alert(3)")
                .withUrl("javascript:alert(4)").withAuthor(HOSTILE)
                .withPublished(new PublicationDate(PartialDate.ofYear(2020), DateBasis.TEXT));
        List<Document> documents = new ArrayList<>(sample.documents());
        documents.add(new Document("h6", "006_" + HOSTILE + ".txt", metadata, HOSTILE, DocumentStatus.FAILED,
                Optional.of(HOSTILE)));
        return new Dossier(documents, sample.grouping(), sample.entities(), sample.events(), sample.deals(),
                sample.contradictions(), sample.timeline(), sample.undated());
    }
    @Test
    void aFieldOnlyOneArticleContradictsLinksToThatArticlesDispute() {
        Dossier sample = SampleDossier.dossier();
        List<dev.dossier.model.Contradiction> contradictions = new ArrayList<>();
        for (dev.dossier.model.Contradiction c : sample.contradictions()) {
            contradictions.add(c.kind() != dev.dossier.model.ContradictionKind.VALUE ? c
                    : new dev.dossier.model.Contradiction(c.id(), c.deal(), c.event(),
                            dev.dossier.model.ContradictionKind.SELF, c.slot(), c.values(), c.explanation()));
        }
        Dossier selfOnly = new Dossier(sample.documents(), sample.grouping(), sample.entities(), sample.events(),
                sample.deals(), contradictions, sample.timeline(), sample.undated());
        String html = HtmlReport.write(new ReportData(selfOnly));
        assertTrue(html.contains("href=\"#dispute-c1\">also reported: June 2015"), "the contested field links to c1");
    }

    @Test
    void eachQuoteIsShownInItsLanguageWithTheLanguageMarked() {
        Dossier sample = SampleDossier.dossier();
        List<Document> documents = new ArrayList<>();
        for (Document d : sample.documents()) {
            documents.add(!d.id().equals("c3") ? d : new Document(d.id(), d.source(), d.metadata().withLanguage("de"),
                    d.body(), d.status(), d.problem()));
        }
        Dossier german = new Dossier(documents, sample.grouping(), sample.entities(), sample.events(), sample.deals(),
                sample.contradictions(), sample.timeline(), sample.undated());
        String html = HtmlReport.write(new ReportData(german));
        assertTrue(html.contains("<blockquote lang=\"de\"><span class=\"lang\" title=\"written in de\">de</span> "),
                "a German source's quote is marked, untranslated");
        assertTrue(html.contains("<blockquote lang=\"en\">The first KX-9 batteries arrived"), "English quotes carry lang only");
        assertFalse(html.contains("<span class=\"lang\" title=\"written in en\">"));
        String markdown = MarkdownReport.write(new ReportData(german));
        assertTrue(markdown.contains("[de] "), "the Markdown report tags the German quote");
        assertFalse(markdown.contains("[en] "));
    }

    @Test
    void aLanguageCodeIsMarkedOnlyWhenItIsOne() {
        assertEquals("<blockquote>", HtmlReport.quoteOpening(Optional.empty()));
        assertEquals("<blockquote lang=\"zh\"><span class=\"lang\" title=\"written in zh\">zh</span> ",
                HtmlReport.quoteOpening(Optional.of("zh")));
        assertEquals("", MarkdownReport.languageTag(Optional.of("en")));
        assertEquals("[ru] ", MarkdownReport.languageTag(Optional.of("ru")));
    }
}
