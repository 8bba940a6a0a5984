package dev.dossier.report.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dossier.report.compare.SipriRow.Estimate;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SipriRegisterTest {
    @Test
    void readsTheTradeRegisterWithItsQuirks() throws Exception {
        String text = RegisterFixtures.tradeRegister(List.of(
                "Turkiye,Russia,2031,?,3,?,S-400 Triumf,SAM system,2,,2032; 2033,New,$2.1 b deal; incl local parts; "
                        + "delivery planned 2034,65,195,130",
                "Norway,United States,2030,,,,Javelin,anti-tank missile,0,,,New,,0.03,0,0",
                "Côte d'Ivoire,France,2029,,12,,\"VAB, Mk-3\",APC,12?,,2030,New,\"Armoured, wheeled\",0.5,6,6"));
        List<SipriRow> rows = SipriRegister.parse("register.csv", text);

        assertEquals(3, rows.size());
        SipriRow first = rows.get(0);
        assertEquals(13, first.line());
        assertEquals("Turkiye", first.recipient());
        assertEquals(OptionalInt.of(2031), first.orderYear());
        assertEquals(OptionalInt.of(3), first.numberOrdered());
        assertEquals(List.of(2032, 2033), first.deliveryYears());
        assertEquals("$2.1 b deal; incl local parts; delivery planned 2034", first.comments());
        assertEquals(Set.of(Estimate.ORDER_YEAR, Estimate.NUMBER_ORDERED), first.estimates());

        SipriRow second = rows.get(1);
        assertEquals(OptionalInt.empty(), second.numberOrdered());
        assertEquals(List.of(), second.deliveryYears());
        assertEquals(Set.of(), second.estimates());

        SipriRow third = rows.get(2);
        assertEquals("Côte d'Ivoire", third.recipient());
        assertEquals("VAB, Mk-3", third.designation());
        assertEquals(OptionalInt.of(12), third.numberDelivered());
        assertEquals(Set.of(Estimate.NUMBER_DELIVERED), third.estimates());
    }

    @Test
    void toleratesByteOrderMarkCrlfAndATrailingSemicolon() throws Exception {
        String text = "\uFEFF" + RegisterFixtures.tradeRegister(List.of(
                "Chile,Spain,2030,,4,,C-295,transport aircraft,4,,2031,New,,10,40,40;")).replace("\n", "\r\n");
        SipriRow row = SipriRegister.parse("register.csv", text).get(0);
        assertEquals("Chile", row.recipient());
        assertEquals(13, row.line());
    }

    @Test
    void readsWindows1252WhenTheBytesAreNotUtf8() {
        byte[] bytes = "Curaçao,Netherlands".getBytes(Charset.forName("windows-1252"));
        assertEquals("Curaçao,Netherlands", SipriRegister.decode(bytes));
        assertEquals("Türkiye", SipriRegister.decode("Türkiye".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void groupsThePerDeliveryExportBackIntoDeals() throws Exception {
        String text = RegisterFixtures.preamble() + "SIPRI AT Database ID,Supplier,Recipient,Designation,Description,"
                + "Armament category,Order date,Order date is estimate,Numbers delivered,Numbers delivered is estimate,"
                + "Delivery year,Delivery year is estimate,Status,SIPRI estimate,TIV deal unit,TIV delivery values,"
                + "Local production\n"
                + "90001,France,Peru,Rafale F4,FGA aircraft,Aircraft,2031,No,4,No,2033,No,New,Yes,80,320,No\n"
                + "90001,France,Peru,Rafale F4,FGA aircraft,Aircraft,2031,No,6,Yes,2034,No,New,Yes,80,480,No\n"
                + "90002,France,Peru,Exocet,anti-ship missile,Missiles,2032,Yes,20,No,2034,No,New,Yes,1,20,No\n";
        List<SipriRow> rows = SipriRegister.parse("deliveries.csv", text);

        assertEquals(2, rows.size());
        SipriRow rafale = rows.get(0);
        assertEquals(Optional.of("90001"), rafale.id());
        assertEquals("Peru", rafale.recipient());
        assertEquals(OptionalInt.of(2031), rafale.orderYear());
        assertEquals(OptionalInt.of(10), rafale.numberDelivered());
        assertEquals(List.of(2033, 2034), rafale.deliveryYears());
        assertEquals(Set.of(Estimate.NUMBER_DELIVERED), rafale.estimates());
        assertEquals(Set.of(Estimate.ORDER_YEAR), rows.get(1).estimates());
    }

    @Test
    void aRowWithAnUnquotedCommaFailsWithItsLine() {
        String text = RegisterFixtures.tradeRegister(List.of(
                "Chile,Spain,2030,,4,,C-295,transport aircraft,4,,2031,New,,10,40,40",
                "Chile,Spain,2031,,2,,C-295,transport aircraft,2,,2032,New,Deal, with offsets,10,20,20"));
        RegisterFormatException e = assertThrows(RegisterFormatException.class,
                () -> SipriRegister.parse("register.csv", text));
        assertEquals(14, e.line());
        assertTrue(e.getMessage().startsWith("register.csv:14: the row has 17 fields where the header (line 12) has 16"),
                e.getMessage());
    }

    @Test
    void aYearThatIsNotOneFailsWithItsLineAndColumn() {
        String text = RegisterFixtures.tradeRegister(List.of(
                "Chile,Spain,20x0,,4,,C-295,transport aircraft,4,,2031,New,,10,40,40"));
        RegisterFormatException e = assertThrows(RegisterFormatException.class,
                () -> SipriRegister.parse("register.csv", text));
        assertEquals("register.csv:13: 'year of order' is '20x0', not a year", e.getMessage());
    }

    @Test
    void anUnclosedQuoteFailsWithTheLineItOpensOn() {
        String text = RegisterFixtures.tradeRegister(List.of(
                "Chile,Spain,2030,,4,,C-295,transport aircraft,4,,2031,New,\"never closed,10,40,40",
                "Chile,Spain,2031,,2,,C-295,transport aircraft,2,,2032,New,,10,20,20"));
        RegisterFormatException e = assertThrows(RegisterFormatException.class,
                () -> SipriRegister.parse("register.csv", text));
        assertEquals(13, e.line());
    }

    @Test
    void aFileWithoutTheHeaderFailsAtLineOne() {
        RegisterFormatException e = assertThrows(RegisterFormatException.class,
                () -> SipriRegister.parse("notes.csv", "name,value\nS-400,3\n"));
        assertEquals(1, e.line());
        assertTrue(e.getMessage().contains("no SIPRI header line"), e.getMessage());
    }
}
