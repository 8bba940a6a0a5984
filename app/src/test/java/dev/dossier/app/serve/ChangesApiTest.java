package dev.dossier.app.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import dev.dossier.pipeline.PipelineConfig;
import dev.dossier.pipeline.Stages;
import dev.dossier.store.StoreLocation;
import dev.dossier.store.jdbc.JdbcDossierStore;
import dev.dossier.store.json.RecordJson;
import dev.dossier.store.update.StoreUpdater;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code /api/changes} and {@code /api/changes.atom} over a store built in three adds (two
 * articles, one delivery report, one article whose title and outlet carry markup): the JSON names
 * what the delivery report moved, and the feed parses back with Rome, one entry per revision,
 * with the markup kept as text.
 */
@Tag("slow")
class ChangesApiTest {
    private static final String TITLE = "Radar <b>deal</b> & \"more\" </content>";

    @TempDir
    Path temp;

    @Test
    void changesAreServedAsJsonAndAsAnAtomFeed() throws Exception {
        Path articles = Path.of(System.getProperty("dossier.root", ".."),
                "store/src/test/resources/dev/dossier/store/articles");
        assumeTrue(Files.isDirectory(articles), "no fixture articles at " + articles);
        Path markup = Files.writeString(temp.resolve("markup.txt"), "---\ntitle: " + TITLE
                + "\noutlet: Test & Co\npublished: 2022-12-01\n---\n"
                + "Norway delivered the second NASAMS battery to Lithuania in December 2022, officials said.\n");
        Clock clock = Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), ZoneOffset.UTC);
        try (JdbcDossierStore store = JdbcDossierStore.open(StoreLocation.inMemory("changes-" + UUID.randomUUID()),
                clock)) {
            StoreUpdater updater = new StoreUpdater(Stages.defaults(), new PipelineConfig(1), store);
            updater.add(List.of(articles.resolve("first")));
            String delivery = updater.add(List.of(articles.resolve("second/004-delivery.txt"))).added().get(0);
            updater.add(List.of(markup));
            DossierServer server = DossierServer.start(store, Stages.defaults(), ServeConfig.loopback(Optional.empty()));
            try {
                String base = "http://127.0.0.1:" + server.port();
                JsonNode sinceOne = RecordJson.mapper().readTree(get(base + "/api/changes?since=1", 200).body());
                assertEquals("deal_status_changed", sinceOne.get("changes").get(0).get("kind").asText());
                JsonNode first = sinceOne.get("changes").get(1);
                assertEquals("new_slot_value", first.get("kind").asText());
                assertEquals("first_delivery", first.get("item").asText());
                assertEquals(delivery, first.get("causes").get(0).asText());
                assertEquals("2026-12-01T09:00:00Z", sinceOne.get("until_committed").asText());
                assertEquals(3, RecordJson.mapper().readTree(get(base + "/api/changes", 200).body()).get("until")
                        .asInt(), "without since: the latest revision");
                assertTrue(get(base + "/api/changes?since=99", 400).body().contains("past the store's current"));
                assertTrue(get(base + "/api/changes?since=Monday", 400).body().contains("invalid_parameters"));

                HttpResponse<String> atom = get(base + "/api/changes.atom", 200);
                assertTrue(atom.headers().firstValue("Content-Type").orElse("").startsWith("application/atom+xml"));
                SyndFeed feed = new SyndFeedInput().build(new StringReader(atom.body()));
                assertEquals("atom_1.0", feed.getFeedType());
                assertEquals(List.of("Revision 3", "Revision 2", "Revision 1"), feed.getEntries().stream()
                        .map(e -> e.getTitle().substring(0, e.getTitle().indexOf(':'))).toList());
                SyndEntry deliveryEntry = feed.getEntries().get(1);
                String text = deliveryEntry.getContents().get(0).getValue();
                assertTrue(text.contains("Norway → Lithuania NASAMS: first_delivery 2022-09"), text);
                assertTrue(text.contains("\"First NASAMS battery handed over\" (" + delivery + ")"), text);
                assertTrue(feed.getEntries().get(0).getContents().get(0).getValue().contains(TITLE + ", Test & Co"),
                        "markup in a title stays text");
                assertEquals(1, new SyndFeedInput().build(new StringReader(get(base + "/api/changes.atom?since=2", 200)
                        .body())).getEntries().size());
            } finally {
                server.close();
            }
        }
    }

    private static HttpResponse<String> get(String url, int status) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).GET()
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(status, response.statusCode(), response.body());
        return response;
    }
}
