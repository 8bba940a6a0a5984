package dev.dossier.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dossier.model.Dossier;
import dev.dossier.model.Grouping;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DossierJsonWriterTest {
    private final String json = DossierJsonWriter.write(SampleDossier.dossier());

    @Test
    void theSampleMeetsTheSchema() {
        assertEquals(List.of(), SchemaCheck.errors(json));
    }

    @Test
    void anEmptyDossierMeetsTheSchema() {
        Dossier empty = new Dossier(List.of(), new Grouping(List.of()), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of());
        assertEquals(List.of(), SchemaCheck.errors(DossierJsonWriter.write(empty)));
    }

    @Test
    void theSchemaRejectsWhatTheContractForbids() {
        String upperCaseStatus = json.replace("\"status\": \"ok\"", "\"status\": \"OK\"");
        String monthOutOfRange = json.replace("\"2017-03\"", "\"2017-13\"");
        String missingField = json.replace("\"wire_group\": null,", "");
        assertFalse(SchemaCheck.errors(upperCaseStatus).isEmpty());
        assertFalse(SchemaCheck.errors(monthOutOfRange).isEmpty());
        assertFalse(SchemaCheck.errors(missingField).isEmpty());
    }

    @Test
    void keysComeInTheContractOrder() throws Exception {
        JsonNode root = new ObjectMapper().readTree(json);
        assertEquals(List.of("schema", "documents", "entities", "events", "deals", "contradictions", "timeline",
                "undated"), names(root));
        assertEquals(List.of("id", "source", "url", "title", "outlet", "author", "published", "language", "body",
                "wire_group", "origin", "story", "status", "problem"), names(root.get("documents").get(0)));
        assertEquals(List.of("document", "start", "end", "quote", "stance", "attributed_to", "via", "claims", "rule"),
                names(root.get("events").get(0).get("sources").get(0)));
    }

    @Test
    void valuesAreWrittenAsTheContractSays() throws Exception {
        JsonNode root = new ObjectMapper().readTree(json);
        JsonNode deal = root.get("deals").get(0);
        assertEquals("2017-03", deal.get("order_date").get("value").asText());
        assertEquals(1200000000L, deal.get("value").get("value").get("amount").asLong());
        assertTrue(deal.get("value").get("value").get("amount").isIntegralNumber());
        assertEquals("[\"a1\",\"b2\"]", deal.get("first_delivery").get("sources").toString());
        assertTrue(deal.get("last_delivery").isNull());
        assertEquals("delivering", deal.get("status").asText());
        assertEquals("k1", root.get("deals").get(1).get("follows").asText());
        JsonNode failed = root.get("documents").get(4);
        assertEquals("failed", failed.get("status").asText());
        assertTrue(failed.get("published").isNull());
        assertEquals("w1", root.get("documents").get(0).get("wire_group").asText());
        assertEquals("polarity", root.get("contradictions").get(1).get("kind").asText());
        assertEquals("2015-06", root.get("events").get(1).get("sources").get(1).get("claims").get("date").asText());
    }

    @Test
    void everyQuoteIsItsSpanOfTheBody() throws Exception {
        JsonNode root = new ObjectMapper().readTree(json);
        for (JsonNode event : root.get("events")) {
            for (JsonNode source : event.get("sources")) {
                String body = bodyOf(root, source.get("document").asText());
                assertEquals(body.substring(source.get("start").asInt(), source.get("end").asInt()),
                        source.get("quote").asText());
            }
        }
    }

    @Test
    void theSameDossierGivesTheSameBytes() {
        assertEquals(json, DossierJsonWriter.write(SampleDossier.dossier()));
        assertTrue(json.endsWith("}\n"));
        assertFalse(json.contains("\r"));
    }

    @Test
    void theStreamedTextIsTheWholeTreePrettyPrinted() throws Exception {
        StringWriter streamed = new StringWriter();
        DossierJsonWriter.write(SampleDossier.dossier(), streamed);
        ObjectMapper mapper = new ObjectMapper();
        String wholeTree = mapper.writer(DossierJsonWriter.printer()).writeValueAsString(mapper.readTree(json)) + "\n";
        assertEquals(json, streamed.toString());
        assertEquals(wholeTree, json, "streaming writes what serialising the whole tree at once wrote");
    }

    private static String bodyOf(JsonNode root, String id) {
        for (JsonNode doc : root.get("documents")) {
            if (doc.get("id").asText().equals(id)) {
                return doc.get("body").asText();
            }
        }
        throw new AssertionError("no document " + id);
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
