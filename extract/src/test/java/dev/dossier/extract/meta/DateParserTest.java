package dev.dossier.extract.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dossier.extract.CorpusTexts;
import dev.dossier.extract.text.Clues;
import dev.dossier.model.PartialDate;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Dates as pages write them in several languages and layouts → the calendar date. */
class DateParserTest {
    private static String first(String text) {
        return DateParser.standard().first(text).map(PartialDate::iso).orElse("none");
    }

    @Test
    void localFormats() {
        assertEquals("2020-03-12", first("Berlin, 12. März 2020 – Die Regierung bestellte"));
        assertEquals("2020-03-12", first("Москва, 12 марта 2020 года"));
        assertEquals("2020-03-12", first("Madrid, 12 de marzo de 2020"));
        assertEquals("2020-03-01", first("Paris, le 1er mars 2020"));
        assertEquals("2020-03-12", first("Jakarta, 12 Maret 2020"));
        assertEquals("2020-08-17", first("Jakarta, 17 Agustus 2020"));
        assertEquals("2020-03-12", first("Warszawa, 12 marca 2020"));
        assertEquals("2020-03-12", first("发布时间：2020年3月12日 10:00"));
        assertEquals("2020-03", first("2020年3月的报告"));
        assertEquals("2022-10-19", first("Updated: 19-10-2022 17:05 IST"));
        assertEquals("2020-03-12", first("Αθήνα, 12 Μαρτίου 2020"));
    }

    @Test
    void noDateFromAnInvalidOrAmbiguousNumber() {
        assertEquals("none", first("Part 31-13-2020 of the series"));
        assertEquals("none", first("The new Mac 2020 lineup"));
    }

    /** Every pattern needs a year of ASCII digits: a line without one is passed over before any pattern runs. */
    @Test
    void aDateNeedsAYearInAsciiDigits() {
        assertEquals(java.util.List.of(), DateParser.standard().find("Posted on March 12 by Jane Doe, 10:45 GMT"));
        assertEquals(java.util.List.of(), DateParser.standard().find("Москва, 12 марта, 1 900 танков"));
        assertEquals(java.util.List.of(), DateParser.standard().find("发布时间：２０２０年３月１２日"));
        assertEquals("2021-03-12", first("Posted on March 12, 2021 by Jane Doe"));
        assertEquals("1999-12", first("Signed in December 1999."));
        assertEquals("2020", DateParser.standard().find("x 2020-01-02").get(0).date().iso().substring(0, 4));
    }

    @Test
    void urlsWithAMonthNameGiveTheirDate() {
        assertEquals(Optional.of("2023-06-28"), Clues.urlDate("https://www.example.com/news/2023/jun/28/tanks-arrive/").map(PartialDate::iso));
        assertEquals(Optional.of("2019-09"), Clues.urlDate("https://example.org/world/2019/september/frigates").map(PartialDate::iso));
        assertEquals(Optional.empty(), Clues.urlDate("https://example.org/world/2019/defence/frigates"));
    }

    /** The named patterns run only where a month name starts: the same dates as running them everywhere. */
    @Test
    void namedPatternsTriedAtMonthNamesFindWhatTheyFindEverywhere() {
        List<String> lines = List.of("(March 3, 2021) signed", "MARCH 2021", "12 Μαρτίου 2020", "12 ΜΑΡΤΊΟΥ 2020",
                "Kasım 2020 ve Mayıs 2021", "KASIM 2020", "Sept. 5, 2021", "Sept.5, 2021", "12. März 2020",
                "12. MÄRZ 2020", "12 de marzo de 2020", "𝐀march 2020 but \uD835march 2020", "xmarch 2020, march,2020",
                "Posted: 2 May 2021 | May 2021, Mayo 2020.", "december\t2019 and december\n2019 and 3 dec\r\n2019",
                "On 1st June 2022 and June 1st, 2022 and 1 June, 2022", "janvier 2020 JANV. 2020 Janv 2020",
                "the may 2020 mayday 2020 maya 2020", "2020-01-02 and 02.01.2020 and March 3, 2021");
        int dates = 0;
        for (String line : lines) {
            assertEquals(DateParser.standard().findEverywhere(line), DateParser.standard().find(line), line);
            dates += DateParser.standard().find(line).size();
        }
        assertEquals(true, dates >= 25, dates + " dates");
    }

    @Test
    void theExamplesTheRealCorpusAndTheSeedsGetTheSameDates() {
        int dates = 0;
        for (Path file : CorpusTexts.files()) {
            for (String line : CorpusTexts.text(file).split("\n")) {
                assertEquals(DateParser.standard().findEverywhere(line), DateParser.standard().find(line), line);
                dates += DateParser.standard().find(line).size();
            }
        }
        assertEquals(true, dates > 100, dates + " dates");
    }
}
