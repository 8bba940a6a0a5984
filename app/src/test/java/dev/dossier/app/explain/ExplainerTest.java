package dev.dossier.app.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A gold file and a dossier written for this test (Sweden → Brazil fighters, Germany → Egypt
 * frigates, a sanction on Iran; five short made-up articles): the table must equal what
 * {@code ../shared/eval/score.py} prints for the same pair, and each failure must name its stage.
 */
class ExplainerTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    static JsonNode fixture(String name) throws IOException {
        try (InputStream in = ExplainerTest.class.getResourceAsStream(name)) {
            return MAPPER.readTree(in);
        }
    }

    private static Explanation explanation() throws IOException {
        return Explainer.explain(fixture("gold.json"), fixture("dossier.json"));
    }

    private static Finding finding(Explanation e, Component component, String item) {
        return e.findings().stream().filter(f -> f.component() == component && f.item().equals(item)).findFirst()
                .orElseThrow(() -> new AssertionError("no finding " + component + " " + item + " in " + e.findings()));
    }

    /** Pinned from {@code python3 score.py --gold gold.json --dossier dossier.json --json} (score 0.533). */
    @Test
    void theTableAgreesWithScorePy() throws IOException {
        Map<String, Double> want = new LinkedHashMap<>();
        want.put("documents", 0.75);
        want.put("deals", 0.667);
        want.put("deal slots", 0.4);
        want.put("events", 0.286);
        want.put("event status", 0.5);
        want.put("provenance", 0.857);
        want.put("contradictions", 0.667);
        want.put("attribution", 0.667);
        want.put("wire copies", 0.0);
        Explanation e = explanation();
        Map<String, Double> got = e.rows().stream().collect(Collectors.toMap(Explanation.Row::name,
                r -> Math.round(r.value() * 1000) / 1000.0, (a, b) -> a, LinkedHashMap::new));
        assertEquals(want, got);
        assertEquals(0.533, Math.round(e.score() * 1000) / 1000.0);
    }

    /** The same pair through score.py itself, when ../shared and python3 are there (skipped otherwise). */
    @Test
    void theTableAgreesWithScorePyRunNow() throws Exception {
        java.nio.file.Path score = java.nio.file.Path.of(System.getProperty("dossier.shared", "../../shared"),
                "eval", "score.py");
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.isRegularFile(score), "no " + score);
        java.nio.file.Path gold = java.nio.file.Path.of(ExplainerTest.class.getResource("gold.json").toURI());
        java.nio.file.Path dossier = java.nio.file.Path.of(ExplainerTest.class.getResource("dossier.json").toURI());
        Process p;
        try {
            p = new ProcessBuilder("python3", score.toString(), "--gold", gold.toString(), "--dossier",
                    dossier.toString(), "--json").redirectErrorStream(true).start();
        } catch (IOException e) {
            org.junit.jupiter.api.Assumptions.abort("no python3: " + e.getMessage());
            return;
        }
        String first = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                .lines().findFirst().orElse("{}");
        p.waitFor();
        JsonNode want = MAPPER.readTree(first);
        Explanation e = explanation();
        assertEquals(want.size(), e.rows().size(), first);
        for (Explanation.Row r : e.rows()) {
            assertEquals(want.get(r.name()).asDouble(), Math.round(r.value() * 1000) / 1000.0, r.name());
        }
    }

    @Test
    void aMissedEventWithoutAnyEventOfItsTypeIsNoTriggerWithItsCandidateSentence() throws IOException {
        Finding f = finding(explanation(), Component.EVENTS, "e3");
        assertEquals(Stage.NO_TRIGGER, f.stage());
        assertEquals("A", f.story());
        assertTrue(f.sentences().stream().anyMatch(q -> q.document().equals("A-01")
                && q.text().startsWith("STOCKHOLM, Oct. 24 (Nordwire) - Sweden signed")), f.sentences().toString());
    }

    @Test
    void aMissedEventWhoseEventTookItsDateFromAnotherDocumentWasMerged() throws IOException {
        Finding f = finding(explanation(), Component.EVENTS, "e2");
        assertEquals(Stage.MERGED, f.stage());
        assertEquals("e2 DELIVERY 2021-05 Sweden → Brazil Gripen [A-02 doc04]", f.closest().get(0).item());
        assertEquals(List.of("date 2021-05 (want 2020-09)"), f.closest().get(0).why());
    }

    @Test
    void swappedActorAndTargetAreAWrongRoleOnBothSides() throws IOException {
        Explanation e = explanation();
        assertEquals(Stage.WRONG_ROLE, finding(e, Component.EVENTS, "e4").stage());
        Finding extra = finding(e, Component.EVENTS, "e3");
        assertEquals(Finding.Verdict.MISSED, extra.verdict(), "gold e3 is the TALKS event, not the produced e3");
        Finding produced = e.findings().stream().filter(x -> x.verdict() == Finding.Verdict.EXTRA
                && x.component() == Component.EVENTS && x.summary().startsWith("SANCTION")).findFirst().orElseThrow();
        assertEquals(Stage.WRONG_ROLE, produced.stage());
    }

    @Test
    void aMissedDocumentAndTheEventsThatNeededItAreNoDocument() throws IOException {
        Explanation e = explanation();
        assertEquals(Stage.NO_DOCUMENT, finding(e, Component.DOCUMENTS, "B-02").stage());
        assertEquals(Stage.NO_DOCUMENT, finding(e, Component.EVENTS, "e5").stage());
        assertEquals(Stage.NO_DEAL, finding(e, Component.DEALS, "de-eg-frigate").stage());
    }

    @Test
    void slotsAttributionContradictionsAndWireSayWhatDiffered() throws IOException {
        Explanation e = explanation();
        Finding quantity = finding(e, Component.SLOTS, "se-br-gripen.quantity");
        assertEquals(Stage.SLOT_VALUE, quantity.stage());
        assertTrue(quantity.details().get(0).contains("\"amount\":30"), quantity.details().toString());
        Finding empty = finding(e, Component.SLOTS, "se-br-gripen.first_delivery");
        assertEquals(List.of(new Finding.Quote("A-02", "The first Gripen fighter for Brazil arrived in September 2020."),
                new Finding.Quote("A-02", "Brazilian officials said the jet landed at Navegantes.")), empty.sentences(),
                "an empty slot shows its gold support's sentences that name the system or a party");
        assertEquals(Stage.WRONG_SPEAKER, finding(e, Component.ATTRIBUTION, "a3").stage());
        assertEquals(Stage.NOT_FLAGGED, finding(e, Component.CONTRADICTIONS, "c2").stage());
        assertEquals(Stage.NOT_GROUPED, finding(e, Component.WIRE, "A-01+A-03").stage());
    }

    @Test
    void onlyKeepsTheAskedComponentsAndTheTable() throws IOException {
        Explanation e = explanation().only(java.util.EnumSet.of(Component.WIRE));
        assertEquals(9, e.rows().size());
        assertTrue(e.findings().stream().allMatch(f -> f.component() == Component.WIRE), e.findings().toString());
    }
}
