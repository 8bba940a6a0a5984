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
    void outletFromTheUrlWhenTheFrontMatterNamesNone() {
        Article named = read("""
                ---
                url: https://www.harbortimes.com.tw/en/news/42
                ---
                Navy orders two frigates

                PORTVILLE (Harbor Times) – The navy ordered two frigates on Monday, the ministry said.
                """);
        assertEquals(Optional.of("Harbor Times"), named.metadata().outlet());
        Article unnamed = read("""
                ---
                url: https://amp.example-gazette.com:443/world/frigates/
                ---
                Navy orders two frigates

                The navy ordered two frigates on Monday, the ministry said.

                © 2023 Example Wire. All rights reserved.
                """);
        assertEquals(Optional.of("example-gazette.com"), unnamed.metadata().outlet());
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

    @Test
    void sectionLabelTimeLineAndPhotoCreditStayOutOfHeaderAndBody() {
        Article a = read("""
                DEFENCE
                Seoul to supply howitzers to Warsaw
                By Min-jun Park and Ewa Nowak
                Updated 14:05 GMT
                A howitzer on display at a trade fair in Seoul. Photo: Example Agency

                South Korea will supply a further batch of self-propelled howitzers to Poland, officials said on Wednesday.

                The agreement follows a framework deal signed last year.
                """);
        assertEquals(Optional.of("Seoul to supply howitzers to Warsaw"), a.metadata().title());
        assertEquals(Optional.of("Min-jun Park and Ewa Nowak"), a.metadata().author());
        assertTrue(a.body().startsWith("South Korea will supply"), a.body());
        assertEquals(2, a.body().split("\n\n").length);
    }

    @Test
    void wireDatelineWithAYearGivesTheDayWithoutOtherEvidence() {
        Article a = read("""
                Egypt receives first frigate

                CAIRO, 14 March 2021 (Example Wire) — Egypt's navy received the first of two frigates on Sunday, the military said.
                """);
        assertEquals("2021-03-14", a.metadata().published().orElseThrow().date().iso());
        assertEquals("DATELINE", a.metadata().published().orElseThrow().basis().name());
        assertEquals(Optional.empty(), a.metadata().outlet());
    }

    @Test
    void eventDatesInTheBodyAreNotThePublicationDate() {
        Article a = read("""
                Talks on tank sale resume

                The two governments signed a framework agreement on July 27, 2022, and a first contract on August 26, 2022.

                Deliveries began in December 2022, according to the ministry.
                """);
        assertEquals(Optional.empty(), a.metadata().published());
    }

    @Test
    void scrapedPageHeaderWithMastheadMenuAndBannerLeavesOnlyTheArticle() {
        Article a = read("""
                We use cookies to give you the best experience on our website. Learn more
                Got it!
                The Baltic Courier
                News | Defence | Economy | Opinion
                Home > Defence > Navy
                Estonia orders coastal missile batteries from Israel
                Posted by Karin Tamm | 9 February 2024 | 4 min read
                Share
                Tweet
                Estonia's defence investment centre has signed a contract for mobile coastal missile batteries, officials said.

                Related: Latvia expands its air base | Lithuania buys radars

                Copyright ⓒ The Baltic Courier. All rights reserved.
                Go to top
                """);
        assertEquals(Optional.of("Estonia orders coastal missile batteries from Israel"), a.metadata().title());
        assertEquals(Optional.of("Karin Tamm"), a.metadata().author());
        assertEquals(Optional.of("The Baltic Courier"), a.metadata().outlet());
        assertEquals("2024-02-09", a.metadata().published().orElseThrow().date().iso());
        assertEquals("Estonia's defence investment centre has signed a contract for mobile coastal missile batteries, "
                + "officials said.", a.body());
    }

    @Test
    void aBylineOnTheFirstLineIsNotTheHeadline() {
        Article a = read("""
                By Tomas Berg
                12 June 2023

                Sweden will buy more air defence systems, the government said on Monday.
                """);
        assertEquals(Optional.empty(), a.metadata().title());
        assertEquals(Optional.of("Tomas Berg"), a.metadata().author());
        assertEquals("2023-06-12", a.metadata().published().orElseThrow().date().iso());
        assertEquals("Sweden will buy more air defence systems, the government said on Monday.", a.body());
    }

    @Test
    void theHeadlineIsTheLineTheUrlSpellsNotADeckOrARepeatInFurniture() {
        Article deck = read("""
                ---
                url: https://www.example.ch/inland/armee-erhaelt-weniger-kampfjets-als-geplant/91051
                ---
                Armee erhält weniger Kampfjets als geplant

                Der Bundesrat verzichtet auf sechs Flugzeuge

                Die Armee wird voraussichtlich nur 30 statt 36 neue Kampfjets erhalten, teilte die Regierung am Freitag mit.
                """);
        assertEquals(Optional.of("Armee erhält weniger Kampfjets als geplant"), deck.metadata().title());
        Article repeated = read("""
                ---
                url: https://example-diplomat.com/2016/12/navy-orders-two-frigates-from-northern-yard/
                ---
                Asia Defense

                Navy Orders Two Frigates From Northern Yard

                Recent Features

                Navy Orders Two Frigates From Northern Yard

                By Jane Roe

                The navy ordered two frigates from a northern yard on Monday, the ministry said in a statement.
                """);
        assertEquals(Optional.of("Navy Orders Two Frigates From Northern Yard"), repeated.metadata().title());
        assertEquals(Optional.of("Jane Roe"), repeated.metadata().author());
        Article cyrillic = read("""
                ---
                url: https://example.ru/news/flot-poluchit-dva-novyh-fregata
                ---
                Флот получит два новых фрегата
                Фото: Иван Петров / Пример Новости
                Флот получит два новых фрегата до конца года, сообщили в министерстве обороны в понедельник.
                """);
        assertEquals(Optional.of("Флот получит два новых фрегата"), cyrillic.metadata().title());
        assertFalse(cyrillic.body().contains("Фото"));
    }

    @Test
    void aSourceAndDateLineUnderTheHeadlineIsHeaderNotHeadline() {
        Article a = read("""
                Navy to Receive First Frigates No Earlier Than Next Year
                (Source: Example Wire; published March 3, 2021)
                MOSCOW --- The first frigates will be delivered no earlier than next year, a source said.
                """);
        assertEquals(Optional.of("Navy to Receive First Frigates No Earlier Than Next Year"), a.metadata().title());
        assertEquals("2021-03-03", a.metadata().published().orElseThrow().date().iso());
        assertEquals("MOSCOW --- The first frigates will be delivered no earlier than next year, a source said.", a.body());
    }

    @Test
    void bylinesInCapitalsAndWireReportingCreditsNameTheAuthor() {
        Article capitals = read("""
                Treasury sanctions two shipping firms over drone parts
                By JANE ROE
                Example Press
                WASHINGTON (EP) — The Treasury said on Thursday it sanctioned two shipping firms over drone parts.
                """);
        assertEquals(Optional.of("Jane Roe"), capitals.metadata().author());
        Article wire = read("""
                Navy to take ten jets this year

                OSLO, May 4 (Wire) - The navy will take delivery of ten jets this year, the ministry said on Friday.

                (Reporting by John Smith; Editing by Ann Lee)
                """);
        assertEquals(Optional.of("John Smith"), wire.metadata().author());
    }

    @Test
    void aLeadScrapedAboveTheHeadlineStaysBody() {
        Article a = read("""
                ---
                url: https://www.example.by/eng/news/navy_to_base_two_frigates_in_the_north/
                ---
                While the talks go on in the capital, the navy is moving two frigates bought from abroad to a northern base, officials said.
                Navy to base two frigates in the north
                23 September 2021
                """);
        assertTrue(a.body().startsWith("While the talks go on in the capital"));
    }

    @Test
    void aChineseParagraphIsProseNotAHeadline() {
        Article a = read("""
                國防部今日表示，向外國採購的F-16 Block 70戰機交付進度再度延後，預計明年才能完成全部交機。

                空軍目前僅接收一架F-16D戰機，原預計今年將接收十架，惟此目標恐難以實現。
                """);
        assertEquals(Optional.empty(), a.metadata().title());
        assertTrue(a.body().startsWith("國防部今日表示"));
    }
}
