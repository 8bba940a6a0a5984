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

    @Test
    void mastheadAndMenuAboveHeadlineThenDatePipeAuthor() {
        Article a = read("""
                Baltic Harbour Gazette
                Home | Ports | Shipping | Navy | Opinion
                Navy orders four minehunters from local yard
                4 May 2020 | Ilze Berzina
                The navy has ordered four minehunters from a shipyard in the capital, the ministry said on Monday.

                © 2020 Baltic Harbour Gazette
                """);
        assertEquals(Optional.of("Navy orders four minehunters from local yard"), a.metadata().title());
        assertEquals(Optional.of("Ilze Berzina"), a.metadata().author());
        assertEquals(Optional.of("Baltic Harbour Gazette"), a.metadata().outlet());
        assertEquals("2020-05-04", a.metadata().published().orElseThrow().date().iso());
        assertEquals("The navy has ordered four minehunters from a shipyard in the capital, the ministry said on Monday.", a.body());
    }

    @Test
    void dateByStaffAndAgencyCreditsAreNoAuthors() {
        Article a = read("""
                Coastal Radar Blog
                Air force signs for two transport aircraft
                11 June 2018 by Staff Writer
                The air force has signed a contract for two transport aircraft, officials said on Thursday.
                """);
        assertEquals(Optional.of("Air force signs for two transport aircraft"), a.metadata().title());
        assertEquals(Optional.empty(), a.metadata().author());
        assertEquals("2018-06-11", a.metadata().published().orElseThrow().date().iso());
        assertFalse(a.body().contains("Staff Writer"));
        assertEquals(Optional.empty(), dev.dossier.extract.meta.CreditLine.parse("March 3, 2017 | Harbour Wire Service")
                .flatMap(dev.dossier.extract.meta.CreditLine::author));
        assertEquals(Optional.of("Tomas Varga"), dev.dossier.extract.meta.CreditLine
                .parse("Posted by Tomas Varga | 2 September 2020 | 5 min read").flatMap(dev.dossier.extract.meta.CreditLine::author));
        assertTrue(dev.dossier.extract.meta.CreditLine.parse("Posted: 8 October 2019").isPresent());
        assertEquals(Optional.empty(), dev.dossier.extract.meta.CreditLine.parse("Posted on 8 October 2019 by admin").orElseThrow().author());
        assertEquals(Optional.empty(), dev.dossier.extract.meta.CreditLine.parse("Ports | Shipping | Navy"));
        assertEquals(Optional.empty(), dev.dossier.extract.meta.CreditLine.parse("Sea Power | Air Power | Land Power"));
        assertTrue(dev.dossier.extract.meta.CreditLine.parse("Staff Reporter | Harbour Wire").isPresent());
        assertEquals(Optional.empty(), dev.dossier.extract.meta.CreditLine.parse("9 May 2015 | Agence Nordique-Presse")
                .flatMap(dev.dossier.extract.meta.CreditLine::author));
        assertEquals(Optional.of("Ana Lima and Rui Costa"), dev.dossier.extract.meta.CreditLine
                .parse("4 June 2016 | Ana Lima and Rui Costa").flatMap(dev.dossier.extract.meta.CreditLine::author));
    }

    @Test
    void furnitureAboveTheArticleNeverTakesTheHeadlineOrByline() {
        Article a = read("""
                Subscribe to the Northern Flank Review newsletter
                Tanks  Artillery  Drones  Subscribe
                Army receives its first tracked howitzers
                April 9, 2024 by Oskar Lind
                Listen to this article
                The army received its first tracked howitzers on Monday, two months later than planned.
                """);
        assertEquals(Optional.of("Army receives its first tracked howitzers"), a.metadata().title());
        assertEquals(Optional.of("Oskar Lind"), a.metadata().author());
        assertEquals("The army received its first tracked howitzers on Monday, two months later than planned.", a.body());
    }

    @Test
    void mastheadWithAnOutletWordNamesTheOutletWhenNoFooterDoes() {
        Article a = read("""
                ×
                Support our reporting. Become a member
                THE HIGHLAND COURIER
                Border guards get new patrol drones

                The border guard has received its first patrol drones, a spokesman said on Friday.
                """);
        assertEquals(Optional.of("The Highland Courier"), a.metadata().outlet());
        assertEquals(Optional.of("Border guards get new patrol drones"), a.metadata().title());
        Article label = read("""
                Naval & Coastal
                Border guards get new patrol drones

                The border guard has received its first patrol drones, a spokesman said on Friday.
                """);
        assertEquals(Optional.empty(), label.metadata().outlet());
    }

    @Test
    void theReprintsOwnDateLineWinsOverTheWireDateline() {
        Article a = read("""
                Navy picks a design for its new corvettes
                Tuesday 5 March 2019
                By Lena Holm, Example Wire

                OSLO, March 4 (Example Wire) - The navy has chosen a design for six corvettes, officials said.
                """);
        assertEquals("2019-03-05", a.metadata().published().orElseThrow().date().iso());
        assertEquals("TEXT", a.metadata().published().orElseThrow().basis().name());
    }

    @Test
    void menusAndBreadcrumbsOfThreeOrMoreShortItemsAreFurniture() {
        Article a = read("""
                Home > Regions > Nordic Affairs
                Defence ministry buys air defence radars

                The defence ministry has bought four air defence radars, officials said on Wednesday.

                Land  Sea  Air Power  Cyber & Space  About
                World / Europe / Baltic States
                """);
        assertEquals(Optional.of("Defence ministry buys air defence radars"), a.metadata().title());
        assertEquals("The defence ministry has bought four air defence radars, officials said on Wednesday.", a.body());
        assertEquals(Optional.empty(), lexicon.classify("Talks went on in Oslo, Bergen and Tromso / Norway"));
    }

    @Test
    void aWidgetAboveTheLeadNeverSwallowsTheLeadParagraph() {
        Article a = read("""
                Eastern Daily Ledger
                Latest  Nation  World  Defence
                Advertisement
                KYIV - The first of six air defence batteries ordered last year will not arrive before the winter, two officials said on Friday.
                """);
        assertTrue(a.body().startsWith("KYIV - The first of six air defence batteries"));
        assertFalse(a.body().contains("Advertisement"));
    }

    @Test
    void aDateLineAboveTheHeadlineLeavesTheHeadlineATitle() {
        Article a = read("""
                Home / World / Asia
                Posted: 8 October 2019
                Army orders wheeled howitzers
                The army has ordered wheeled howitzers for its new brigades, a spokesman said on Thursday.
                """);
        assertEquals(Optional.of("Army orders wheeled howitzers"), a.metadata().title());
        assertEquals("2019-10-08", a.metadata().published().orElseThrow().date().iso());
        assertEquals("The army has ordered wheeled howitzers for its new brigades, a spokesman said on Thursday.", a.body());
    }

    @Test
    void aMastheadOverAShortHeadlineIsTheOutletNeverTheTitle() {
        Article a = read("""
                The Fjord Herald
                Navy buys tankers

                The navy has bought two second-hand tankers from a shipping firm, the ministry said.
                """);
        assertEquals(Optional.of("Navy buys tankers"), a.metadata().title());
        assertEquals(Optional.of("The Fjord Herald"), a.metadata().outlet());
        assertEquals("The navy has bought two second-hand tankers from a shipping firm, the ministry said.", a.body());
        Article labelled = read("""
                THE FJORD HERALD
                World
                Navy buys tankers

                The navy has bought two second-hand tankers from a shipping firm, the ministry said.
                """);
        assertEquals(Optional.of("Navy buys tankers"), labelled.metadata().title());
        assertEquals(Optional.of("The Fjord Herald"), labelled.metadata().outlet());
    }

    @Test
    void browserNoticesSkipLinksRatingWidgetsAndSignOffsAreFurnitureInAnyLanguage() {
        Article a = read("""
                Your browser is out of date, and may not be compatible with our website. Please update your browser.
                Zum Hauptinhalt springen
                Change Size
                Partager:

                Navy buys four minehunters

                The navy ordered four minehunters from a domestic yard on Monday, the ministry said.

                Jetzt abonnieren und von der Vorlesefunktion profitieren.
                To activate the text-to-speech service, please first agree to the privacy policy below.
                We value your privacy.
                Harbour Photo Images
                ·2 min read
                Follow Example Daily on Google News
                Article Rating
                Notify of
                Inline Feedbacks
                10.1.2.3
                prev next
                Press releases See all
                """);
        assertEquals("The navy ordered four minehunters from a domestic yard on Monday, the ministry said.", a.body());
    }

    @Test
    void teasersAfterAPopularPostsLabelMayBeLongSentenceCaseHeadlines() {
        Article a = read("""
                Navy buys four minehunters

                The navy ordered four minehunters from a domestic yard on Monday, the ministry said.

                Popular posts from this blog

                Coastal state says it can close its budget gap by selling two old frigates to a neighbour

                RELATED Army tests a new rifle amid talks with two suppliers
                """);
        assertEquals("The navy ordered four minehunters from a domestic yard on Monday, the ministry said.", a.body());
    }

    @Test
    void furnitureGluedToTheEndOfAParagraphIsCutOff() {
        Article a = read("""
                Navy buys four minehunters

                The navy ordered four minehunters from a domestic yard on Monday, the ministry said. Advertisement

                The first ship will be handed over in 2027. Show more

                Deliveries are to end in 2030. NAVY/Petty Officer Jane Roe

                The yard did not comment on the price./abc/DP/xyz

                It employs 900 people. (end of excerpt)-ends-
                """);
        assertEquals("The navy ordered four minehunters from a domestic yard on Monday, the ministry said.\n\n"
                + "The first ship will be handed over in 2027.\n\nDeliveries are to end in 2030.\n\n"
                + "The yard did not comment on the price.\n\nIt employs 900 people.", a.body());
    }

    @Test
    void aTimeStampAmidTheTextIsFurnitureThatDatesThePage() {
        Article a = read("""
                Navy buys four minehunters

                Harbour Daily | Updated: 14-03-2023 17:05 IST | Created: 14-03-2023 17:05 IST

                The navy ordered four minehunters from a domestic yard on Monday, the ministry said.
                """);
        assertEquals("The navy ordered four minehunters from a domestic yard on Monday, the ministry said.", a.body());
        assertEquals("2023-03-14", a.metadata().published().orElseThrow().date().iso());
    }

    @Test
    void hardWrappedWireTextIsJoinedIntoItsParagraphs() {
        Article a = read("""
                OSLO, May 4 (Wire) - The Norwegian government
                has ordered eight long-range patrol aircraft from
                a U.S. maker in a deal worth $1.2 billion, the
                ministry said on Thursday.
                The first aircraft are due next year. The navy
                will operate them from a northern base, the
                Ministry said.
                """);
        assertEquals("OSLO, May 4 (Wire) - The Norwegian government has ordered eight long-range patrol aircraft from "
                + "a U.S. maker in a deal worth $1.2 billion, the ministry said on Thursday.\n\n"
                + "The first aircraft are due next year. The navy will operate them from a northern base, the Ministry said.",
                a.body());
    }
}
