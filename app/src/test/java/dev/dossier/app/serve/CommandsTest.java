package dev.dossier.app.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code dossier add} from the command line: the second add of the same folder adds nothing. */
@Tag("slow")
class CommandsTest {

    @Test
    void addingAFolderTwiceAddsItOnce(@TempDir Path store) {
        Path articles = Path.of(System.getProperty("dossier.root", ".."),
                "store/src/test/resources/dev/dossier/store/articles");
        assumeTrue(Files.isDirectory(articles), "no fixture articles at " + articles);
        String first = run(new AddCommand(), articles.toString(), "--store", store.toString());
        assertTrue(first.startsWith("added 8 document(s), 0 already stored"), first);
        assertTrue(first.contains("reconciled again: every stored document"), first);
        assertTrue(first.contains("2 deal(s)"), first);
        String second = run(new AddCommand(), articles.toString(), "--store", store.toString());
        assertEquals("added 0 document(s), 8 already stored, 0 unreadable\n", second);
    }

    @Test
    void changesSinceARevisionNameWhatTheAddedArticleMoved(@TempDir Path store) throws Exception {
        Path articles = Path.of(System.getProperty("dossier.root", ".."),
                "store/src/test/resources/dev/dossier/store/articles");
        assumeTrue(Files.isDirectory(articles), "no fixture articles at " + articles);
        run(new AddCommand(), articles.resolve("first").toString(), "--store", store.toString());
        run(new AddCommand(), articles.resolve("second/004-delivery.txt").toString(), "--store", store.toString());
        String text = run(new ChangesCommand(), "--store", store.toString(), "--since", "1");
        assertTrue(text.startsWith("changes since revision 1 ("), text);
        assertTrue(text.contains("004-delivery.txt  \"First NASAMS battery handed over\", Northern Post, 2022-09-14"),
                text);
        assertTrue(text.contains("Norway → Lithuania NASAMS: first_delivery 2022-09 (1 independent origin)  ← "), text);
        var json = dev.dossier.store.json.RecordJson.mapper().readTree(run(new ChangesCommand(), "--store",
                store.toString(), "--since", "1", "--json"));
        assertEquals("new_slot_value", json.get("changes").get(1).get("kind").asText());
        assertEquals(json.get("added").get(0).get("id"), json.get("changes").get(0).get("causes").get(0));

        CommandLine line = new CommandLine(new ChangesCommand());
        StringWriter err = new StringWriter();
        line.setErr(new PrintWriter(err));
        assertEquals(2, line.execute("--store", store.toString(), "--since", "99"));
        assertTrue(err.toString().startsWith("dossier changes: store ") && err.toString().contains(store.getFileName().toString()), err.toString());
        assertTrue(err.toString().contains("revision 99 is past the store's current revision 2"), err.toString());
        assertEquals(2, line.execute("--store", store.toString(), "--since", "last week"));
    }

    /** A store whose dossier lost rows is rebuilt by the next add, which says so; a cut-off document is refused. */
    @Test
    void aDamagedStoreIsRepairedOrRefusedWithTheRepair(@TempDir Path store) throws Exception {
        Path articles = Path.of(System.getProperty("dossier.root", ".."),
                "store/src/test/resources/dev/dossier/store/articles/first");
        assumeTrue(Files.isDirectory(articles), "no fixture articles at " + articles);
        run(new AddCommand(), articles.toString(), "--store", store.toString());
        String firstEvent;
        String itsDeal;
        try (var opened = dev.dossier.store.jdbc.JdbcDossierStore.open(dev.dossier.store.StoreLocation.embedded(store))) {
            firstEvent = opened.events().get(0).id();
            itsDeal = opened.events().get(0).deal().orElseThrow();
        }
        String url = dev.dossier.store.StoreLocation.embedded(store).jdbcUrl();
        sql(url, "DELETE FROM dossier_deal");
        leftOpen(url);
        CommandLine line = new CommandLine(new AddCommand());
        StringWriter err = new StringWriter();
        line.setErr(new PrintWriter(err));
        line.setOut(new PrintWriter(new StringWriter()));
        assertEquals(0, line.execute(articles.toString(), "--store", store.toString()));
        assertTrue(err.toString().startsWith("dossier add: the stored dossier does not match the stored documents "
                + "(event " + firstEvent + " belongs to deal " + itsDeal + ", which is not stored"), err.toString());
        assertEquals("added 0 document(s), 2 already stored, 0 unreadable\n",
                run(new AddCommand(), articles.toString(), "--store", store.toString()), "repaired once, for good");
        try (var opened = dev.dossier.store.jdbc.JdbcDossierStore.open(dev.dossier.store.StoreLocation.embedded(store))) {
            assertTrue(opened.health().sound(), opened.health().toString());
            assertEquals(1, opened.deals().size());
        }
        sql(url, "UPDATE document_result SET document_json = '{\"cut'");
        leftOpen(url);
        line = new CommandLine(new AddCommand());
        err = new StringWriter();
        line.setErr(new PrintWriter(err));
        assertEquals(AddCommand.STORE_ERROR, line.execute(articles.toString(), "--store", store.toString()));
        assertTrue(err.toString().contains("holds 2 damaged document(s), whose stored text is cut off"), err.toString());
    }

    /** Leaves the store as a process killed while it had it open: the next opening checks it whole. */
    private static void leftOpen(String url) throws java.sql.SQLException {
        sql(url, "INSERT INTO dossier_state (id, position, json) VALUES ('session:killed', 5, '{}')");
    }

    private static void sql(String url, String statement) throws java.sql.SQLException {
        try (var c = java.sql.DriverManager.getConnection(url); var s = c.createStatement()) {
            s.executeUpdate(statement);
        }
    }

    @Test
    void aMissingInputIsAUsageError(@TempDir Path store) {
        CommandLine line = new CommandLine(new AddCommand());
        StringWriter err = new StringWriter();
        line.setErr(new PrintWriter(err));
        assertEquals(2, line.execute("no-such-folder", "--store", store.toString()));
        assertTrue(err.toString().contains("no such file or folder"), err.toString());
    }

    @Test
    void aStoreThatCannotBeOpenedIsAClearError(@TempDir Path empty) {
        CommandLine line = new CommandLine(new AddCommand());
        StringWriter err = new StringWriter();
        line.setErr(new PrintWriter(err));
        assertEquals(AddCommand.STORE_ERROR, line.execute(empty.toString(), "--store",
                "jdbc:postgresql://127.0.0.1:1/nothing?connectTimeout=2"));
        assertTrue(err.toString().startsWith("dossier add: cannot open the store at jdbc:postgresql://127.0.0.1:1"),
                err.toString());
    }

    @Test
    void anUnreadableInputIsListedAndGivesExitOne(@TempDir Path dir) throws java.io.IOException {
        Path articles = Files.createDirectories(dir.resolve("articles"));
        Files.writeString(articles.resolve("a.txt"), "Officials met on Monday to discuss the purchase of patrol boats.\n");
        Files.write(articles.resolve("blank.txt"), new byte[0]);
        CommandLine line = new CommandLine(new AddCommand());
        StringWriter err = new StringWriter();
        line.setErr(new PrintWriter(err));
        line.setOut(new PrintWriter(new StringWriter()));
        assertEquals(1, line.execute(articles.toString(), "--store", dir.resolve("store").toString()));
        assertTrue(err.toString().startsWith("dossier add: skipped blank.txt: "), err.toString());
        assertTrue(line.getUsageMessage().contains("1  added, but some inputs were skipped or failed"));
    }

    private static String run(Object command, String... args) {
        CommandLine line = new CommandLine(command);
        StringWriter out = new StringWriter();
        line.setOut(new PrintWriter(out));
        assertEquals(0, line.execute(args), out.toString());
        return out.toString();
    }
}
