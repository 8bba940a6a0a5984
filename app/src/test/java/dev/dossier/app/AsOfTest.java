package dev.dossier.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code analyze --as-of}: four articles written for the project about one invented deal (talks
 * published 2021-02-10, a contract 2021-06-15, a first delivery 2022-08-03, one undated
 * analysis). On each date the ledger holds what had been published by then, and the dossier is
 * byte for byte the one an analysis of those articles alone gives.
 */
class AsOfTest {
    private static final List<String> ARTICLES = List.of("1-talks.txt", "2-contract.txt", "3-delivery.txt",
            "4-undated.txt");

    @TempDir
    Path temp;

    @Test
    void beforeTheContractTheDealIsOnlyTalks() throws IOException {
        JsonNode deal = onlyDeal(analyzeAsOf("2021-03-01", "1-talks.txt"));
        assertEquals("talks", deal.get("status").asText());
        assertTrue(deal.get("order_date").isNull(), deal.toString());
        assertTrue(deal.get("value").isNull(), deal.toString());
    }

    @Test
    void afterTheContractTheDealHasItsOrderValueAndNumber() throws IOException {
        JsonNode deal = onlyDeal(analyzeAsOf("2021-07-01", "1-talks.txt", "2-contract.txt"));
        assertEquals("ordered", deal.get("status").asText());
        assertEquals("2021-06-14", deal.get("order_date").get("value").asText());
        assertEquals(1.2e9, deal.get("value").get("value").get("amount").asDouble());
        assertEquals(40, deal.get("quantity").get("value").get("amount").asInt());
        assertTrue(deal.get("first_delivery").isNull(), deal.toString());
    }

    @Test
    void afterTheFirstDeliveryTheDealIsDelivered() throws IOException {
        JsonNode deal = onlyDeal(analyzeAsOf("2022-12-31", "1-talks.txt", "2-contract.txt", "3-delivery.txt"));
        assertEquals("delivered", deal.get("status").asText());
        assertEquals("2022-07", deal.get("first_delivery").get("value").asText());
        assertEquals("2021-06-14", deal.get("order_date").get("value").asText());
    }

    /**
     * Runs {@code analyze --as-of DATE} over all four articles and {@code analyze} over
     * {@code published} alone; the two dossier.json files must be equal. Returns the first.
     */
    private JsonNode analyzeAsOf(String date, String... published) throws IOException {
        Path all = Files.isDirectory(temp.resolve("all")) ? temp.resolve("all") : copy("all", ARTICLES.toArray(String[]::new));
        Path some = copy("some-" + date, published);
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err, true), false, "analyze",
                all.toString(), "--out", temp.resolve("cut-" + date).toString(), "--as-of", date);
        assertEquals(0, code, err.toString());
        int later = ARTICLES.size() - 1 - published.length;
        assertTrue(err.toString().contains("as of " + date + ": left out " + later + " published later and 1 without"),
                err.toString());
        assertEquals(0, Main.run(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), false,
                "analyze", some.toString(), "--out", temp.resolve("plain-" + date).toString()));
        String cut = Files.readString(temp.resolve("cut-" + date).resolve("dossier.json"));
        assertEquals(Files.readString(temp.resolve("plain-" + date).resolve("dossier.json")), cut);
        return new ObjectMapper().readTree(cut);
    }

    private static JsonNode onlyDeal(JsonNode dossier) {
        assertEquals(1, dossier.get("deals").size(), dossier.get("deals").toString());
        return dossier.get("deals").get(0);
    }

    private Path copy(String folder, String... names) throws IOException {
        Path dir = Files.createDirectories(temp.resolve(folder));
        for (String name : names) {
            try (InputStream in = AsOfTest.class.getResourceAsStream("asof/" + name)) {
                Files.copy(in, dir.resolve(name));
            }
        }
        return dir;
    }
}
