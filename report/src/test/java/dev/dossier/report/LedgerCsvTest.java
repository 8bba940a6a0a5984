package dev.dossier.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LedgerCsvTest {
    @Test
    void fieldsAreQuotedOnlyWhenRfc4180AsksForIt() {
        assertEquals("plain", Csv.field("plain"));
        assertEquals("\"a, b\"", Csv.field("a, b"));
        assertEquals("\"say \"\"no\"\"\"", Csv.field("say \"no\""));
        assertEquals("\"two\nlines\"", Csv.field("two\nlines"));
        assertEquals("\"cr\rhere\"", Csv.field("cr\rhere"));
        assertEquals("Türkiye", Csv.field("Türkiye"));
        assertEquals("a,\"b,c\",\r\n", Csv.row(List.of("a", "b,c", "")));
    }

    @Test
    void aFieldASpreadsheetWouldRunAsAFormulaIsWrittenAsText() {
        assertEquals("\"'=HYPERLINK(\"\"http://x.example\"\",\"\"open\"\")\"",
                Csv.field("=HYPERLINK(\"http://x.example\",\"open\")"));
        assertEquals("'+cmd", Csv.field("+cmd"));
        assertEquals("'-2+3", Csv.field("-2+3"));
        assertEquals("'@SUM(A1)", Csv.field("@SUM(A1)"));
        assertEquals("'\tx", Csv.field("\tx"));
        assertEquals("2019; 2020", Csv.field("2019; 2020"));
        assertEquals("a=b", Csv.field("a=b"));
    }

    @Test
    void theHeaderHasSiprisColumnsThenTheEvidence() {
        String csv = LedgerCsv.write(new ReportData(SampleDossier.dossier()));
        assertTrue(csv.startsWith("supplier,recipient,designation,description,number ordered,order year,"
                + "delivery years,number delivered,comments,sources,independent origins,contested fields,deal\r\n"), csv);
    }

    @Test
    void aDealIsOneRowWithItsEvidence() {
        List<String> row = LedgerCsv.row(SampleDossier.dossier().deals().get(0), new ReportData(SampleDossier.dossier()));
        assertEquals(List.of("Northland", "Southmark", "KX-9", "air defence system", "4", "2017", "2019", ""), row.subList(0, 8));
        assertTrue(row.get(8).contains("value about USD 1.2 billion"), row.get(8));
        assertEquals("001_wire_a.txt; 002_wire_b.txt; 003_courier.txt; 004_sanction.txt", row.get(9));
        assertEquals("3", row.get(10), "a1 and b2 are one wire origin; c3 and d4 are their own");
        assertEquals("first_delivery", row.get(11));
        assertEquals("k1", row.get(12));
    }

    @Test
    void everyRecordEndsWithCrLf() {
        String csv = LedgerCsv.write(new ReportData(SampleDossier.dossier()));
        assertEquals(3, csv.split("\r\n", -1).length - 1, "header and two deals");
    }
}
