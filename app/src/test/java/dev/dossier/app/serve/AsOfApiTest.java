package dev.dossier.app.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dossier.pipeline.PipelineConfig;
import dev.dossier.pipeline.Stages;
import dev.dossier.store.StoreLocation;
import dev.dossier.store.jdbc.JdbcDossierStore;
import dev.dossier.store.json.RecordJson;
import dev.dossier.store.update.StoreUpdater;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ?as_of=} on the API, over a store built from dated articles with the product's stages:
 * the ledger on three dates equals what had been published by each (hand-computed), and the
 * status counts only those documents.
 */
@Tag("slow")
class AsOfApiTest {
    private static final List<String> ARTICLES = List.of("1-talks.txt", "2-contract.txt", "3-delivery.txt",
            "4-undated.txt");

    @TempDir
    Path temp;

    @Test
    void theLedgerOnThreeDatesIsWhatHadBeenPublishedByThen() throws Exception {
        for (String name : ARTICLES) {
            try (InputStream in = AsOfApiTest.class.getResourceAsStream("/dev/dossier/app/asof/" + name)) {
                Files.copy(in, temp.resolve(name));
            }
        }
        try (JdbcDossierStore store = JdbcDossierStore.open(StoreLocation.inMemory("asof-" + UUID.randomUUID()))) {
            new StoreUpdater(Stages.defaults(), new PipelineConfig(1), store).add(List.of(temp));
            DossierServer server = DossierServer.start(store, Stages.defaults(), ServeConfig.loopback(Optional.empty()));
            try {
                String base = "http://127.0.0.1:" + server.port();
                JsonNode talks = get(base + "/api/deals?as_of=2021-03-01", 200);
                assertEquals(1, talks.size());
                assertEquals("talks", talks.get(0).get("status").asText());
                assertEquals(1, get(base + "/api/status?as_of=2021-03-01", 200).get("documents").asInt());

                JsonNode ordered = get(base + "/api/deals?as_of=2021-07-01", 200).get(0);
                assertEquals("ordered", ordered.get("status").asText());
                assertEquals("2021-06-14", ordered.get("order_date").get("value").asText());
                assertEquals(40, ordered.get("quantity").get("value").get("amount").asInt());

                JsonNode delivered = get(base + "/api/deals?as_of=2022-12-31", 200).get(0);
                assertEquals("delivered", delivered.get("status").asText());
                assertEquals("2022-07", delivered.get("first_delivery").get("value").asText());
                assertEquals(4, get(base + "/api/status", 200).get("documents").asInt(), "today: all four");

                String id = delivered.get("id").asText();
                JsonNode history = get(base + "/api/deals/" + id + "/history", 200);
                assertEquals(List.of("2021-06-15 order_date first reported 2021-06-14", "2021-06-15 value first reported USD 1,200,000,000",
                        "2021-06-15 quantity first reported 40 ifv", "2022-08-03 first_delivery first reported 2022-07"),
                        steps(history));
                assertEquals(1, history.get(0).get("documents").size(), "the contract article moved it");
                assertEquals(3, steps(get(base + "/api/deals/" + id + "/history?as_of=2021-12-31", 200)).size());

                assertEquals("invalid_parameters", get(base + "/api/deals?as_of=March", 400).get("error").get("code")
                        .asText());
            } finally {
                server.close();
            }
        }
    }

    private static List<String> steps(JsonNode history) {
        List<String> steps = new java.util.ArrayList<>();
        history.forEach(s -> steps.add(s.get("date").asText() + " " + s.get("field").asText() + " " + s.get("change").asText()
                + " " + s.get("value").asText()));
        return steps;
    }

    private static JsonNode get(String url, int status) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).GET()
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(status, response.statusCode(), response.body());
        return RecordJson.mapper().readTree(response.body());
    }
}
