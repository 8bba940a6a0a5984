package dev.dossier.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dossier analyze} on two invented articles, then {@code dossier compare} with an invented register. */
class CompareCommandTest {
    private static final String PREAMBLE = "Transfers of major conventional arms (a register written for this test).\n"
            + "A '?' in a column indicates uncertain data.\n\n\n\n\n\n\n\nSource: test.\nData generated: 1 Jan 2031\n";
    private static final String HEADER = "Recipient,Supplier,Year of order, ,Number ordered, ,Weapon designation,"
            + "Weapon description,Number delivered, ,Year(s) of delivery,status,Comments,SIPRI TIV per unit,"
            + "SIPRI TIV for total order,SIPRI TIV of delivered weapons\n";

    @TempDir
    Path temp;

    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err, true), false, args);
    }

    private Path write(String name, String text) throws IOException {
        Path file = temp.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void comparesAnalyzedArticlesWithTheRegister() throws Exception {
        write("articles/a.txt", "title: Norway signs for Abrams tanks\npublished: 2030-05-03\n---\n"
                + "OSLO, May 3 - Norway signed a contract on Thursday to buy 120 M1A2 Abrams tanks from the "
                + "United States for $3.2 billion, the defence ministry said.\n");
        write("articles/b.txt", "title: Abrams deal for Norway\npublished: 2030-05-04\n---\n"
                + "Norway's government signed the $3.2 billion deal for 120 M1A2 Abrams tanks with the United "
                + "States this week, officials said on Friday.\n");
        Path register = write("register.csv", PREAMBLE + HEADER
                + "Norway,United States,2030,,120,,M-1A2 SEPv-3 Abrams,tank,0,,,New,USD3.2 b deal,5,600,0\n"
                + "Norway,United States,2031,?,40,,M-1A1 Abrams,tank,40,,2032,Second hand,Second-hand,1.6,64,64\n");
        Path analyzed = temp.resolve("analyzed");
        assertEquals(0, run("analyze", temp.resolve("articles").toString(), "--out", analyzed.toString(), "-q"));

        Path out = temp.resolve("compared");
        assertEquals(0, run("compare", "--sipri", register.toString(), analyzed.toString(), "--out", out.toString()),
                err.toString());

        JsonNode json = new ObjectMapper().readTree(out.resolve("compare.json").toFile());
        JsonNode pair = json.path("pairs").get(0);
        assertEquals("M-1A2 SEPv-3 Abrams", pair.path("sipri").path("designation").asText(), json.toPrettyString());
        assertEquals("agree", verdict(pair, "value"), json.toPrettyString());
        assertEquals("agree", verdict(pair, "quantity"), json.toPrettyString());
        assertEquals(1, json.path("sipri_rows_not_in_news").size());
        assertTrue(Files.readString(out.resolve("compare.md")).contains("M-1A2 SEPv-3 Abrams"));
    }

    @Test
    void aMalformedRegisterIsNamedWithItsLineAndNothingIsWritten() throws Exception {
        Path register = write("register.csv", PREAMBLE + HEADER
                + "Norway,United States,2030,,120,,M-1A2 SEPv-3 Abrams,tank,0,,,New,,5,600,0\n"
                + "Norway,United States,2031,,40,,M-1A1 Abrams,tank,40,,2032,Second hand,Second-hand, loan,1.6,64,64\n");
        Path dossier = write("analyzed/dossier.json", "{\"deals\": [], \"events\": []}");
        Path out = temp.resolve("compared");
        assertEquals(2, run("compare", "--sipri", register.toString(), dossier.getParent().toString(),
                "--out", out.toString()));
        assertTrue(err.toString().contains("dossier: malformed SIPRI register " + register + ":14: the row has 17 fields"),
                err.toString());
        assertTrue(Files.notExists(out), "nothing is written for a malformed register");
    }

    @Test
    void aMissingRegisterIsAUsageError() {
        assertEquals(2, run("compare", "--sipri", temp.resolve("none.csv").toString(), temp.toString(),
                "--out", temp.resolve("o").toString()));
        assertTrue(err.toString().contains("no such file or folder"), err.toString());
    }

    @Test
    void serveRefusesAMalformedRegisterBeforeOpeningTheStore() throws Exception {
        Path register = write("register.csv", PREAMBLE + HEADER
                + "Norway,United States,20-30,,120,,M-1A2 SEPv-3 Abrams,tank,0,,,New,,5,600,0\n");
        Path store = temp.resolve("store");
        assertEquals(2, run("serve", "--store", store.toString(), "--sipri", register.toString(), "--port", "0"));
        assertTrue(err.toString().contains(register + ":13: 'year of order' is '20-30', not a year"), err.toString());
        assertTrue(Files.notExists(store), "no store is opened when the register is malformed");
    }

    private static String verdict(JsonNode pair, String field) {
        for (JsonNode f : pair.path("fields")) {
            if (f.path("field").asText().equals(field)) {
                return f.path("verdict").asText();
            }
        }
        return null;
    }
}
