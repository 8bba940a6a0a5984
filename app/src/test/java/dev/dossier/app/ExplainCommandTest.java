package dev.dossier.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dossier explain} on the gold and dossier written for ExplainerTest. */
class ExplainCommandTest {
    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private Path gold;
    private Path dossierDir;

    @BeforeEach
    void copyFixtures() throws IOException {
        gold = temp.resolve("gold.json");
        dossierDir = Files.createDirectories(temp.resolve("run"));
        copy("gold.json", gold);
        copy("dossier.json", dossierDir.resolve("dossier.json"));
    }

    private static void copy(String name, Path to) throws IOException {
        try (InputStream in = ExplainCommandTest.class.getResourceAsStream("/dev/dossier/app/explain/" + name)) {
            Files.copy(in, to);
        }
    }

    private int run(String... args) {
        return Main.run(new PrintWriter(out, true), new PrintWriter(err, true), false, args);
    }

    @Test
    void textGroupsByComponentThenStoryAndEndsTheTableWithTheScore() {
        assertEquals(0, run("explain", gold.toString(), dossierDir.toString()));
        String text = out.toString();
        assertTrue(text.contains("score: 0.533"), text);
        assertTrue(text.contains("== events: "), text);
        assertTrue(text.contains("-- A --"), text);
        assertTrue(text.contains("by story: A "), text);
        assertTrue(text.contains("MISSED e3 TALKS 2013 Sweden → Brazil Gripen [A-01] — no trigger"), text);
    }

    @Test
    void jsonForMachinesWithOnlyTheAskedComponents() throws IOException {
        assertEquals(0, run("explain", gold.toString(), dossierDir.resolve("dossier.json").toString(), "--json",
                "--only", "events,wire"));
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertEquals(0.533, json.get("score").asDouble());
        assertEquals(0.286, json.get("scores").get("events").asDouble());
        for (JsonNode f : json.get("findings")) {
            assertTrue(f.get("component").asText().matches("events|wire"), f.toString());
        }
        assertTrue(json.get("findings").size() > 0);
    }

    @Test
    void aMissingOrBrokenFileIsAUsageErrorThatNamesIt() throws IOException {
        Path missing = temp.resolve("nowhere");
        assertEquals(2, run("explain", gold.toString(), missing.toString()));
        assertTrue(err.toString().contains("no such dossier: " + missing), err.toString());
        Path broken = Files.writeString(temp.resolve("broken.json"), "{\"events\": [", StandardCharsets.UTF_8);
        assertEquals(2, run("explain", broken.toString(), dossierDir.toString()));
        assertTrue(err.toString().contains("gold file " + broken + " is not valid JSON"), err.toString());
        assertEquals(2, run("explain", gold.toString(), dossierDir.toString(), "--only", "eventz"));
        assertTrue(err.toString().contains("unknown component 'eventz'"), err.toString());
    }

    @Test
    void helpNamesTheStagesAndExitCodes() {
        assertEquals(0, run("explain", "--help"));
        assertTrue(out.toString().contains("merged into another event"), out.toString());
        assertTrue(out.toString().contains("--only"), out.toString());
    }
}
