package dev.dossier.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dossier analyze} on real corpora with the default stages: the project's examples and the
 * seed articles beside the checkout. What it writes must meet the schema, and every reference in
 * it must point at something that exists: the contract, whatever the stages find.
 */
class EndToEndTest {
    @TempDir
    Path temp;

    @Test
    void theExamplesGiveAValidDossier() throws IOException {
        Path examples = Path.of(System.getProperty("dossier.root", "..")).resolve("examples");
        Assumptions.assumeTrue(Files.isDirectory(examples), "no examples/ folder at " + examples);
        check(analyze(examples));
    }

    @Test
    void theSeedsGiveAValidDossier() throws IOException {
        Path seeds = Path.of(System.getProperty("dossier.shared", "../../shared")).resolve("seeds");
        Assumptions.assumeTrue(Files.isDirectory(seeds), "no seeds beside the checkout at " + seeds);
        check(analyze(seeds));
    }

    private JsonNode analyze(Path corpus) throws IOException {
        Path out = temp.resolve("out");
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err, true), false,
                "analyze", corpus.toString(), "--out", out.toString());
        assertTrue(code == 0 || code == 1, "exit " + code + ": " + err);
        for (String name : List.of("dossier.json", "ledger.csv", "report.md", "report.html")) {
            assertTrue(Files.size(out.resolve(name)) > 0, name);
        }
        return new ObjectMapper().readTree(out.resolve("dossier.json").toFile());
    }

    private static void check(JsonNode dossier) throws IOException {
        assertEquals(List.of(), schemaErrors(dossier));
        assertEquals(List.of(), brokenReferences(dossier));
    }

    private static List<String> schemaErrors(JsonNode dossier) throws IOException {
        try (InputStream in = dev.dossier.report.Reports.class.getResourceAsStream("dossier.schema.json")) {
            JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
            return schema.validate(dossier).stream().map(ValidationMessage::toString).sorted().toList();
        }
    }

    /** Every id that a dossier mentions, resolved; quotes equal their spans. */
    static List<String> brokenReferences(JsonNode dossier) {
        List<String> broken = new ArrayList<>();
        Set<String> documents = ids(dossier.get("documents"));
        Set<String> events = ids(dossier.get("events"));
        Set<String> deals = ids(dossier.get("deals"));
        for (JsonNode event : dossier.get("events")) {
            for (JsonNode source : event.get("sources")) {
                String doc = source.get("document").asText();
                if (!documents.contains(doc)) {
                    broken.add(event.get("id").asText() + " cites unknown document " + doc);
                } else if (!quoteFits(dossier, doc, source)) {
                    broken.add(event.get("id").asText() + " quote is not body[start:end] in " + doc);
                }
            }
            refer(broken, event, "deal", deals);
        }
        for (JsonNode deal : dossier.get("deals")) {
            deal.get("events").forEach(id -> must(broken, events, id.asText(), "deal event"));
            refer(broken, deal, "follows", deals);
            for (String slot : List.of("order_date", "value", "quantity", "first_delivery", "last_delivery")) {
                JsonNode value = deal.get(slot);
                if (value != null && !value.isNull()) {
                    value.get("sources").forEach(id -> must(broken, documents, id.asText(), slot + " source"));
                }
            }
        }
        for (JsonNode c : dossier.get("contradictions")) {
            refer(broken, c, "deal", deals);
            refer(broken, c, "event", events);
            c.get("values").forEach(v -> v.get("sources").forEach(id -> must(broken, documents, id.asText(),
                    "contradiction source")));
        }
        dossier.get("timeline").forEach(id -> must(broken, events, id.asText(), "timeline event"));
        dossier.get("undated").forEach(id -> must(broken, events, id.asText(), "undated event"));
        return broken;
    }

    private static boolean quoteFits(JsonNode dossier, String doc, JsonNode source) {
        for (JsonNode d : dossier.get("documents")) {
            if (d.get("id").asText().equals(doc)) {
                String body = d.get("body").asText();
                int start = source.get("start").asInt();
                int end = source.get("end").asInt();
                return end <= body.length() && body.substring(start, end).equals(source.get("quote").asText());
            }
        }
        return false;
    }

    private static void refer(List<String> broken, JsonNode node, String field, Set<String> known) {
        JsonNode value = node.get(field);
        if (value != null && !value.isNull()) {
            must(broken, known, value.asText(), field);
        }
    }

    private static void must(List<String> broken, Set<String> known, String id, String what) {
        if (!known.contains(id)) {
            broken.add(what + " " + id + " does not exist");
        }
    }

    private static Set<String> ids(JsonNode items) {
        Set<String> ids = new HashSet<>();
        items.forEach(item -> ids.add(item.get("id").asText()));
        return ids;
    }
}
