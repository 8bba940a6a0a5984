package dev.dossier.app.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dossier.store.SampleDossier;
import dev.dossier.store.json.RecordJson;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The REST API against a real server on 127.0.0.1 and a random port. */
@Tag("slow")
class ApiTest {
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = new TestServer();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void listsDealsAndServesADealPage() throws Exception {
        JsonNode deals = json(server.get("/api/deals"), 200);
        assertEquals("deal-1", deals.get(0).get("id").asText());
        assertEquals("2021-03", deals.get(0).get("order_date").get("value").asText());
        JsonNode page = json(server.get("/api/deals/deal-1"), 200);
        assertEquals(3, page.get("events").size());
        assertEquals(2, page.get("contradictions").size());
        assertEquals("Beta News", page.get("documents").get(SampleDossier.B).get("outlet").asText());
    }

    @Test
    void servesEventsContradictionsAndDocuments() throws Exception {
        assertEquals(1, json(server.get("/api/events?type=delivery"), 200).size());
        assertEquals("first_delivery", json(server.get("/api/contradictions"), 200).get(0).get("slot").asText());
        JsonNode list = json(server.get("/api/documents"), 200);
        assertEquals(3, list.get("total").asInt());
        assertTrue(list.get("items").get(0).get("body") == null, "lists carry no bodies");
        JsonNode document = json(server.get("/api/documents/" + SampleDossier.B), 200);
        assertEquals(SampleDossier.BODY_B, document.get("body").asText());
        JsonNode evidence = document.get("evidence").get(0);
        assertEquals(evidence.get("quote").asText(), SampleDossier.BODY_B.substring(evidence.get("start").asInt(),
                evidence.get("end").asInt()));
    }

    @Test
    void searchesWithFilters() throws Exception {
        JsonNode found = json(server.get("/api/search?q=received&kind=claim&country=Chile&type=delivery"), 200);
        assertEquals(1, found.get("total").asInt());
        assertEquals("e2", found.get("hits").get(0).get("event").asText());
    }

    @Test
    void errorsAreJsonWithStableCodes() throws Exception {
        assertEquals("not_found", error(server.get("/api/deals/nope"), 404).get("code").asText());
        assertEquals("not_found", error(server.get("/api/nothing-here"), 404).get("code").asText());
        JsonNode invalid = error(server.get("/api/search?from=July&limit=0&type=parade"), 400);
        assertEquals("invalid_parameters", invalid.get("code").asText());
        assertEquals(3, invalid.get("details").size(), invalid.toString());
    }

    @Test
    void comparesTheDossierWithTheSipriRegister() throws Exception {
        JsonNode compared = json(server.get("/api/compare"), 200);
        JsonNode pair = compared.get("pairs").get(0);
        assertEquals("deal-1", pair.get("deal").asText());
        assertEquals("JAS-39C Gripen", pair.get("sipri").get("designation").asText());
        assertEquals("agree", verdict(pair, "order_date"), pair.toString());
        assertEquals("differ", verdict(pair, "value"), "$1.2 b against $1.3 b");
        assertEquals("agree", verdict(pair, "first_delivery"), pair.toString());
        assertEquals("Saab 340 AEW", compared.get("sipri_rows_not_in_news").get(0).get("designation").asText());
        try (DossierServer plain = DossierServer.start(server.store, TestServer.stages(),
                ServeConfig.loopback(java.util.Optional.empty()))) {
            var response = server.client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                    "http://127.0.0.1:" + plain.port() + "/api/compare")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals("no_register", error(response, 404).get("code").asText());
        }
    }

    @Test
    void servesTheOpenApiDocument() throws Exception {
        JsonNode spec = json(server.get("/api/openapi.json"), 200);
        assertTrue(spec.get("openapi").asText().startsWith("3."));
        assertTrue(spec.get("paths").has("/api/search"));
        var paths = spec.get("paths").fields();
        while (paths.hasNext()) {
            var path = paths.next();
            if (path.getValue().has("get")) {
                String concrete = path.getKey().replace("{id}", path.getKey().contains("deals") ? "deal-1"
                        : path.getKey().contains("events") ? "e1" : SampleDossier.A);
                assertEquals(200, server.get(concrete).statusCode(), "the contract lists " + concrete);
            }
        }
    }

    @Test
    void theBearerSchemeIsReadWhateverItsCase() throws Exception {
        for (String scheme : List.of("bearer", "BEARER", "Bearer")) {
            assertEquals("unsupported_media_type", error(server.postAuthorized("/api/documents", "application/xml",
                    "<a/>", scheme + " " + TestServer.TOKEN), 415).get("code").asText(), scheme);
        }
        assertEquals("unauthorized", error(server.postAuthorized("/api/documents", "application/xml", "<a/>",
                "Basic " + TestServer.TOKEN), 401).get("code").asText());
    }

    @Test
    void ingestionNeedsTheTokenAndKeepsLimits() throws Exception {
        assertEquals("unauthorized", error(server.post("/api/documents", "text/plain", "text", null), 401)
                .get("code").asText());
        assertEquals("unauthorized", error(server.post("/api/documents", "text/plain", "text", "wrong-token-123456"),
                401).get("code").asText());
        assertEquals("unsupported_media_type", error(server.post("/api/documents", "application/xml", "<a/>",
                TestServer.TOKEN), 415).get("code").asText());
        assertEquals("invalid_json", error(server.post("/api/documents", "application/json", "{", TestServer.TOKEN),
                400).get("code").asText());
        assertEquals("invalid_articles", error(server.post("/api/documents", "application/json",
                "[{\"title\":\"no text\"}]", TestServer.TOKEN), 400).get("code").asText());
        String big = "x".repeat((int) ServeConfig.DEFAULT_MAX_BODY_BYTES + 10);
        assertEquals("payload_too_large", error(server.post("/api/documents", "text/plain", big, TestServer.TOKEN),
                413).get("code").asText());
    }

    @Test
    void postedArticlesAreAddedOnce() throws Exception {
        try (TestServer own = new TestServer()) {
            String article = "{\"articles\":[{\"text\":\"Chile confirmed the order of more Gripen jets.\","
                    + "\"title\":\"More jets\",\"published\":\"2024-02\",\"source\":\"more-jets.txt\"}]}";
            JsonNode first = json(own.post("/api/documents", "application/json", article, TestServer.TOKEN), 201);
            assertEquals(1, first.get("added").size());
            JsonNode again = json(own.post("/api/documents", "application/json", article, TestServer.TOKEN), 200);
            assertEquals(0, again.get("added").size());
            assertEquals(4, json(own.get("/api/documents"), 200).get("total").asInt());
            assertEquals(1, json(own.get("/api/search?q=confirmed&kind=document"), 200).get("total").asInt());
        }
    }

    @Test
    void postsPlainTextAndHtml() throws Exception {
        try (TestServer own = new TestServer()) {
            String text = "---\ntitle: Plain post\n---\nSweden said the talks with Chile went on in 2024.\n";
            JsonNode plain = json(own.post("/api/documents", "text/plain; charset=utf-8", text, TestServer.TOKEN), 201);
            assertEquals(1, plain.get("added").size());
            String html = "<html><head><title>Html post</title></head><body><article><p>Chile said it would "
                    + "decide on more jets in 2025.</p></article></body></html>";
            JsonNode page = json(own.post("/api/documents", "text/html", html, TestServer.TOKEN), 201);
            String id = page.get("added").get(0).asText();
            assertEquals("ok", json(own.get("/api/documents/" + id), 200).get("summary").get("status").asText());
        }
    }

    private static String verdict(JsonNode pair, String field) {
        for (JsonNode f : pair.get("fields")) {
            if (f.get("field").asText().equals(field)) {
                return f.get("verdict").asText();
            }
        }
        return "none";
    }

    private static JsonNode json(HttpResponse<String> response, int status) throws Exception {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        return RecordJson.mapper().readTree(response.body());
    }

    private static JsonNode error(HttpResponse<String> response, int status) throws Exception {
        return json(response, status).get("error");
    }
}
