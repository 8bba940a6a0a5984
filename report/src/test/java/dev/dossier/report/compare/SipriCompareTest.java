package dev.dossier.report.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Pairing and verdicts on invented deals: a register and a dossier.json written for this test. */
class SipriCompareTest {
    static final List<String> ROWS = List.of(
            "Turkiye,Russia,2031,,4,,S-400 Triumf,SAM system,4,,2033; 2034,New,$2.6 b deal,65,260,260",
            "Norway,United States,2030,,120,,M-1A2 SEPv-3 Abrams,tank,0,,,New,USD3.2 b deal; delivery planned 2033,5,600,0",
            "Norway,United States,2030,,14,,M-1A2 Abrams,tank,14,,2030,Second hand,Second-hand; loan for training,1.8,25,25",
            "Norway,United States,2031,,40,,M-1A1 Abrams,tank,40,,2032,Second hand,Second-hand,1.6,64,64",
            "Norway,United States,2029,?,300,?,AIM-9X Sidewinder,air-to-air missile,300,,2030,New,,0.2,60,60",
            "Chile,France,2032,,12,,Rafale F4,FGA aircraft,0,,,New,EUR3.1 b deal,0,0,0",
            "Chile,Spain,2030,,4,,C-295,transport aircraft,4,,2031,New,,10,40,40");

    static final String DOSSIER = """
            {"deals": [
              {"id": "t1", "supplier": "Russia", "recipient": "Turkey", "system": "S-400", "status": "delivering",
               "order_date": {"value": "2030-11", "sources": ["a"], "independent_sources": 1},
               "quantity": {"value": {"amount": 4, "unit": "battery"}, "sources": ["a"], "independent_sources": 1},
               "value": {"value": {"amount": 2600000000, "currency": "USD"}, "sources": ["a"], "independent_sources": 1},
               "first_delivery": {"value": "2033-07", "sources": ["b"], "independent_sources": 1}},
              {"id": "n1", "supplier": "United States", "recipient": "Norway", "system": "M1A2", "events": ["e1"],
               "order_date": {"value": "2030-05-02", "sources": ["c", "d"], "independent_sources": 2},
               "quantity": {"value": {"amount": 120, "unit": "tanks"}, "sources": ["c"], "independent_sources": 1},
               "value": {"value": {"amount": 3200000000, "currency": "USD"}, "sources": ["c"], "independent_sources": 1},
               "first_delivery": {"value": "2033-01", "sources": ["d"], "independent_sources": 1}},
              {"id": "n2", "supplier": "United States", "recipient": "Norway", "system": "M1A1",
               "order_date": {"value": "2032-01", "sources": ["e"], "independent_sources": 1},
               "quantity": {"value": {"amount": 40, "unit": "used tanks"}, "sources": ["e"], "independent_sources": 1}},
              {"id": "c1", "supplier": "France", "recipient": "Chile", "system": "Rafale",
               "value": {"value": {"amount": 3400000000, "currency": "USD"}, "sources": ["f"], "independent_sources": 1}},
              {"id": "x1", "supplier": "Russia", "recipient": "Turkey", "system": "Su-35"},
              {"id": "s1", "supplier": "Spain", "recipient": "Chile", "system": "C-295", "events": ["e2", "e3"]}
            ],
            "events": [
              {"id": "e1", "type": "CONTRACT_SIGNED", "date": "2030-05-02", "supplier": "United States",
               "recipient": "Norway", "system": "Abrams", "status": "asserted", "deal": "n1",
               "sources": [{"document": "c", "start": 0, "end": 44, "quote": "Oslo signed for 120 M1A2 tanks on 2 May 2030."}]},
              {"id": "e2", "type": "DELIVERY", "date": null, "supplier": "Spain", "recipient": "Chile", "system": "C-295",
               "status": "asserted", "deal": "s1",
               "sources": [{"document": "g", "start": 0, "end": 36, "quote": "Chile has received its C-295 aircraft."}]},
              {"id": "e3", "type": "CONTRACT_SIGNED", "date": null, "supplier": "Spain", "recipient": "Chile",
               "system": "C-295", "status": "planned", "deal": "s1",
               "sources": [{"document": "h", "start": 0, "end": 30, "quote": "Chile will sign for C-295s soon."}]}
            ],
            "documents": [{"id": "g", "published": {"value": "2031-06-12"}}, {"id": "h", "published": "2029-02"}]}
            """;

    static Comparison comparison;

    @BeforeAll
    static void compare() throws Exception {
        List<SipriRow> register = SipriRegister.parse("register.csv", RegisterFixtures.tradeRegister(ROWS));
        comparison = SipriCompare.standard().compare(register, NewsDossier.parse("dossier.json", DOSSIER));
    }

    private static Map<String, Integer> pairedLines() {
        Map<String, Integer> lines = new LinkedHashMap<>();
        comparison.pairs().forEach(p -> lines.put(p.deal().id(), p.row().line()));
        return lines;
    }

    private static Map<String, String> verdicts(String deal) {
        Map<String, String> verdicts = new LinkedHashMap<>();
        comparison.pairs().stream().filter(p -> p.deal().id().equals(deal)).findFirst().orElseThrow()
                .fields().forEach(f -> verdicts.put(f.field().key(), f.verdict().key()));
        return verdicts;
    }

    @Test
    void eachDealPairsWithItsRow() {
        // Turkiye is Turkey; M1A2 takes the 120 new tanks, not the 14 second-hand M-1A2 nor the M-1A1;
        // Rafale goes with Rafale F4.
        assertEquals(Map.of("t1", 13, "n1", 14, "n2", 16, "c1", 18, "s1", 19), pairedLines());
    }

    @Test
    void dealsSipriLacksAndRowsNoArticleMentions() {
        assertEquals(List.of("x1"), comparison.dealsNotInSipri().stream().map(NewsDossier.Deal::id).toList());
        assertEquals(List.of(15, 17), comparison.rowsNotInNews().stream().map(SipriRow::line).toList());
    }

    @Test
    void agreeDifferAndIncomparableUnits() {
        assertEquals(Map.of("order_date", "differ", "quantity", "incomparable", "value", "agree",
                "first_delivery", "agree"), verdicts("t1"));
    }

    @Test
    void newsOnlyAndSipriOnly() {
        assertEquals(Map.of("order_date", "agree", "quantity", "agree", "value", "agree",
                "first_delivery", "news_only"), verdicts("n1"));
        assertEquals(Map.of("order_date", "differ", "quantity", "agree", "first_delivery", "sipri_only"),
                verdicts("n2"));
    }

    @Test
    void aValueInAnotherCurrencyIsIncomparable() {
        assertEquals(Map.of("order_date", "sipri_only", "quantity", "sipri_only", "value", "incomparable"),
                verdicts("c1"));
    }

    @Test
    void anUndatedAssertedDeliveryHappenedByTheDateItWasReported() {
        // The delivery is asserted (no date) in an article of June 2031; the contract is only planned.
        assertEquals(Map.of("order_date", "sipri_only", "quantity", "sipri_only", "first_delivery", "agree"),
                verdicts("s1"));
        Comparison.FieldVerdict delivered = comparison.pairs().stream().filter(p -> p.deal().id().equals("s1"))
                .findFirst().orElseThrow().field(Field.FIRST_DELIVERY).orElseThrow();
        assertEquals("2031-06-12", delivered.news().orElseThrow().asText());
        assertEquals("no date in the texts; event e2 asserts it happened, first reported 2031-06-12", delivered.note());
    }

    @Test
    void theNewsSideCarriesItsOriginsAndQuotes() {
        Comparison.FieldVerdict ordered = comparison.pairs().stream().filter(p -> p.deal().id().equals("n1"))
                .findFirst().orElseThrow().field(Field.ORDER_DATE).orElseThrow();
        assertEquals(List.of("c", "d"), ordered.sources());
        assertEquals(2, ordered.independentSources().getAsInt());
        assertEquals("Oslo signed for 120 M1A2 tanks on 2 May 2030.", ordered.quotes().get(0).quote());
    }

    @Test
    void compareJsonFollowsTheContract() {
        String json = CompareReports.json(comparison);
        assertTrue(json.contains("\"deals_not_in_sipri\" : [ \"x1\" ]"), json);
        assertTrue(json.contains("\"designation\" : \"M-1A2 SEPv-3 Abrams\""), json);
        assertTrue(json.contains("\"estimate_flags\" : [ \"order_year\", \"number_ordered\" ]"), json);
        String md = CompareReports.markdown(comparison);
        assertTrue(md.contains("| quantity | 4 battery | 1 | 4 | incomparable: news unit: battery; "
                + "SIPRI counts each SAM system |"), md);
    }
}
