package dev.dossier.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dossier.extract.Article;
import dev.dossier.model.Metadata;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Scraped-text examples written for the project: input → what the reader must find. */
class TextArticleReaderTest {
    private final TextArticleReader reader = new TextArticleReader(JunkLexicon.standard());

    private Article read(String text) {
        return reader.readText(text, Metadata.empty());
    }

    @Test
    void wireCopyGivesBylineDatelineDayAndCopyrightOutlet() {
        Article a = read("""
                Poland signs for more K2 tanks

                By Anna Kowalska

                WARSAW, March 3 (Wire) - Poland signed a contract on Friday for a further batch of tanks, the defence ministry said.

                The ministry did not give a value for the order.

                © 2023 Northern Ledger. All rights reserved.
                """);
        assertEquals(Optional.of("Poland signs for more K2 tanks"), a.metadata().title());
        assertEquals(Optional.of("Anna Kowalska"), a.metadata().author());
        assertEquals(Optional.of("Northern Ledger"), a.metadata().outlet());
        assertEquals("2023-03-03", a.metadata().published().orElseThrow().date().iso());
        assertEquals("DATELINE", a.metadata().published().orElseThrow().basis().name());
        assertEquals(2, a.body().split("\n\n").length);
        assertFalse(a.body().contains("Anna Kowalska"));
    }

    @Test
    void frontMatterIsMetadataNeverBody() {
        Article a = read("""
                ---
                url: https://example.org/news/2021/05/06/frigates
                title: Frigates for the navy
                outlet: Example Post
                published: 2021-05-06
                language: en
                ---
                Frigates for the navy

                The navy will receive two frigates next year, officials said on Thursday.
                """);
        assertEquals(Optional.of("Example Post"), a.metadata().outlet());
        assertEquals("2021-05-06", a.metadata().published().orElseThrow().date().iso());
        assertEquals("METADATA", a.metadata().published().orElseThrow().basis().name());
        assertEquals("The navy will receive two frigates next year, officials said on Thursday.", a.body());
    }

    @Test
    void dateInAJunkLineIsNeverThePublicationDate() {
        Article a = read("""
                Since March 1, 2023, we have removed all ads from this site.
                Please support us today.

                Egypt weighs fighter jet offers

                Egypt is considering offers for new fighter jets, according to people familiar with the talks.

                Talks began in 2019, per Bloomberg, and have continued since.
                """);
        assertEquals(Optional.empty(), a.metadata().published());
        assertEquals(Optional.empty(), a.metadata().outlet());
        assertEquals(Optional.of("Egypt weighs fighter jet offers"), a.metadata().title());
        assertTrue(a.body().contains("per Bloomberg"));
        assertFalse(a.body().contains("removed all ads"));
    }

    @Test
    void relatedHeadlinesAfterAMarkerAndCommentWidgetsGo() {
        Article a = read("""
                Submarine deal moves ahead

                The government confirmed the submarine order in a statement on Monday, ending months of speculation.

                Read more

                Army orders new trucks
                Navy tests drone boats

                Leave a Reply
                You must be logged in to post a comment.
                """);
        assertEquals("The government confirmed the submarine order in a statement on Monday, ending months of speculation.",
                a.body());
    }

    @Test
    void headerDateLineGivesTheDayAndLeavesTheBody() {
        Article a = read("""
                Helicopters delivered to the air force
                Published: 12 May 2023 10:15 GMT

                The first helicopters arrived at the base this week, the air force said.
                """);
        assertEquals("2023-05-12", a.metadata().published().orElseThrow().date().iso());
        assertEquals("TEXT", a.metadata().published().orElseThrow().basis().name());
        assertEquals("The first helicopters arrived at the base this week, the air force said.", a.body());
    }

    @Test
    void appealAfterTheArticleGoesWithItsProse() {
        Article a = read("""
                Talks on air defence stall

                Negotiations on the air defence purchase have stalled over financing, two officials said.

                A Message from The Harbour Gazette:

                Dear readers,

                We rely on you to keep our newsroom running. Your gift, however small, keeps us independent.

                Monthly
                Once
                Continue
                """);
        assertEquals(Optional.of("The Harbour Gazette"), a.metadata().outlet());
        assertEquals("Negotiations on the air defence purchase have stalled over financing, two officials said.", a.body());
    }
}
