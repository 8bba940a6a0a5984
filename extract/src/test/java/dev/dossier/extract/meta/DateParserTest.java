package dev.dossier.extract.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dossier.extract.text.Clues;
import dev.dossier.model.PartialDate;
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
}
