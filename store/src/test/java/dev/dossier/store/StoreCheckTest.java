package dev.dossier.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dossier.store.jdbc.JdbcDossierStore;
import dev.dossier.store.jdbc.StoreException;
import dev.dossier.store.json.RecordJson;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store checks itself when it opens. Each test saves the sample dossier, damages the store
 * with SQL the way a crash or a hand edit could, leaves it as a killed process does (its session
 * still marked open, so that the next opening checks the store whole), opens it again and looks
 * at the outcome: repaired, rebuilt before use, or refused with a message that says how to repair it.
 */
class StoreCheckTest {

    @Test
    void aSoundStoreOpensSound(@TempDir Path dir) {
        saved(dir);
        try (JdbcDossierStore store = open(dir)) {
            assertTrue(store.health().sound(), store.health().toString());
        }
    }

    @Test
    void documentsOfAnInterruptedRevisionAreRolledBack(@TempDir Path dir) throws SQLException {
        saved(dir);
        damaged(dir, "INSERT INTO document_result (id, source, status, revision, document_json, result_json)"
                + " SELECT 'ghost', 'ghost.txt', status, revision + 1, document_json, result_json"
                + " FROM document_result WHERE id = '" + SampleDossier.A + "'");
        try (JdbcDossierStore store = open(dir)) {
            assertEquals(List.of("revision 2 was interrupted: its 1 document(s) were rolled back (add their sources "
                    + "again)"), store.health().repaired());
            assertFalse(store.containsDocuments(List.of("ghost")).contains("ghost"));
            assertFalse(store.health().reconcileNeeded());
        }
    }

    @Test
    void logRowsOfARevisionThatNeverCommittedAreRolledBack(@TempDir Path dir) throws SQLException {
        saved(dir);
        damaged(dir, "INSERT INTO revision_log (revision, committed_at, added_documents, digest)"
                + " SELECT revision + 5, committed_at, added_documents, digest FROM revision_log");
        try (JdbcDossierStore store = open(dir)) {
            assertEquals(1, store.health().repaired().size(), store.health().toString());
            assertTrue(store.health().repaired().get(0).startsWith("the revision log went past revision 1"));
            assertEquals(List.of(1L), store.loggedRevisions(0, 10));
        }
    }

    @Test
    void anUnreadableRevisionCounterIsSetFromTheDocumentsAndTheLog(@TempDir Path dir) throws SQLException {
        saved(dir);
        damaged(dir, "UPDATE dossier_state SET json = 'x1' WHERE id = 'revision'");
        try (JdbcDossierStore store = open(dir)) {
            assertEquals(1, store.revision());
            assertTrue(store.health().repaired().get(0).startsWith("the revision counter was unreadable (x1)"));
        }
    }

    @Test
    void aDocumentWithoutItsGroupMakesTheDossierBeRebuilt(@TempDir Path dir) throws SQLException {
        saved(dir);
        damaged(dir, "DELETE FROM document_group WHERE document = '" + SampleDossier.B + "'");
        try (JdbcDossierStore store = open(dir)) {
            assertTrue(store.health().reconcileNeeded());
            assertEquals(List.of("1 document(s) have no group (the dossier lags behind its documents)"),
                    store.health().problems());
        }
        try (JdbcDossierStore store = open(dir)) {
            assertTrue(store.health().reconcileNeeded(), "not rebuilt yet: the session left open is kept, checked again");
        }
    }

    @Test
    void partsThatCiteMissingDocumentsOrEventsMakeTheDossierBeRebuilt(@TempDir Path dir) throws SQLException {
        saved(dir);
        damaged(dir, "DELETE FROM dossier_event WHERE id = 'e3'");
        try (JdbcDossierStore store = open(dir)) {
            assertEquals(List.of("deal deal-1 lists event e3, which is not stored"), store.health().problems());
        }
    }

    @Test
    void aPartThatDoesNotReadBackMakesTheDossierBeRebuilt(@TempDir Path dir) throws SQLException {
        saved(dir);
        damaged(dir, "UPDATE dossier_deal SET json = '{\"id\":' WHERE id = 'deal-1'");
        try (JdbcDossierStore store = open(dir)) {
            assertTrue(store.health().reconcileNeeded());
            assertTrue(store.health().problems().get(0).startsWith("a reconciled part does not read back"));
        }
    }

    @Test
    void aRebuildClearsTheNeed(@TempDir Path dir) throws SQLException {
        saved(dir);
        damaged(dir, "DELETE FROM document_group WHERE document = '" + SampleDossier.B + "'");
        try (JdbcDossierStore store = open(dir)) {
            store.commitAdd(List.of(), SampleDossier.dossier());
            assertFalse(store.health().reconcileNeeded());
        }
        try (JdbcDossierStore store = open(dir)) {
            assertTrue(store.health().sound(), store.health().toString());
            assertEquals(RecordJson.write(SampleDossier.dossier()), RecordJson.write(store.dossier()));
        }
    }

    @Test
    void aDocumentCutOffIsRefusedWithTheRepair(@TempDir Path dir) throws SQLException {
        saved(dir);
        damaged(dir, "UPDATE document_result SET result_json = SUBSTRING(result_json, 1, 40) WHERE id = '"
                + SampleDossier.B + "'");
        StoreException e = assertThrows(StoreException.class, () -> open(dir).close());
        assertTrue(e.getMessage().contains("holds 1 damaged document(s), whose stored text is cut off: "
                + SampleDossier.B + " (beta.txt)"), e.getMessage());
        assertTrue(e.getMessage().contains("DELETE FROM document_result WHERE id = '<id>'"), e.getMessage());
    }

    @Test
    void anOpenStoreMarksItsSessionAndAHandEditAfterACleanCloseIsLeftToTheNextWholeCheck(@TempDir Path dir)
            throws SQLException {
        saved(dir);
        assertEquals(0, sessionRows(dir), "a clean close leaves no session");
        try (JdbcDossierStore store = open(dir)) {
            assertEquals(1, sessionRows(dir));
        }
        sql(dir, "DELETE FROM document_group WHERE document = '" + SampleDossier.B + "'");
        try (JdbcDossierStore store = open(dir)) {
            assertTrue(store.health().sound(), "after a clean close only the counters are checked: " + store.health());
        }
    }

    @Test
    void aSessionStillOpenMakesAnotherOpeningCheckTheStoreWhole(@TempDir Path dir) throws SQLException {
        saved(dir);
        try (JdbcDossierStore first = open(dir)) {
            sql(dir, "DELETE FROM document_group WHERE document = '" + SampleDossier.B + "'");
            try (JdbcDossierStore second = open(dir)) {
                assertTrue(second.health().reconcileNeeded(), second.health().toString());
            }
        }
        assertEquals(0, sessionRows(dir), "both closed cleanly");
    }

    @Test
    void aWholeCheckThatFindsTheStoreSoundClearsTheSessionsLeftOpen(@TempDir Path dir) throws SQLException {
        saved(dir);
        damaged(dir, "UPDATE dossier_state SET position = position WHERE id = 'revision'");
        try (JdbcDossierStore store = open(dir)) {
            assertTrue(store.health().sound(), store.health().toString());
            assertEquals(1, sessionRows(dir), "only its own");
        }
        assertEquals(0, sessionRows(dir));
    }

    private static void saved(Path dir) {
        try (JdbcDossierStore store = open(dir)) {
            store.commitAdd(SampleDossier.results(), SampleDossier.dossier());
        }
    }

    private static JdbcDossierStore open(Path dir) {
        return JdbcDossierStore.open(StoreLocation.embedded(dir));
    }

    /** Runs {@code statement} and leaves the store as a process killed while it had it open. */
    private static void damaged(Path dir, String statement) throws SQLException {
        sql(dir, statement);
        sql(dir, "INSERT INTO dossier_state (id, position, json) VALUES ('session:killed', 5, '{}')");
    }

    private static long sessionRows(Path dir) throws SQLException {
        try (Connection c = DriverManager.getConnection(StoreLocation.embedded(dir).jdbcUrl());
             Statement s = c.createStatement();
             var rs = s.executeQuery("SELECT COUNT(*) FROM dossier_state WHERE id LIKE 'session:%'")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void sql(Path dir, String statement) throws SQLException {
        try (Connection c = DriverManager.getConnection(StoreLocation.embedded(dir).jdbcUrl());
             Statement s = c.createStatement()) {
            s.executeUpdate(statement);
        }
    }
}
