package dev.dossier.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dossier.model.Dossier;
import dev.dossier.store.jdbc.JdbcDossierStore;
import dev.dossier.store.json.RecordJson;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded default (an H2 file): what is saved comes back equal, and a repeated save changes nothing. */
class JdbcDossierStoreTest {

    @Test
    void aSavedDossierComesBackEqual(@TempDir Path dir) {
        Dossier dossier = SampleDossier.dossier();
        try (JdbcDossierStore store = JdbcDossierStore.open(StoreLocation.embedded(dir))) {
            StoreContract.roundTrip(store, dossier);
        }
        try (JdbcDossierStore reopened = JdbcDossierStore.open(StoreLocation.embedded(dir))) {
            assertEquals(RecordJson.write(dossier), RecordJson.write(reopened.dossier()));
            assertEquals(List.of(SampleDossier.A, SampleDossier.B),
                    reopened.documentResults(List.of("s1")).stream().map(r -> r.annotated().document().id()).toList());
        }
    }

    @Test
    void theSameDocumentTwiceIsStoredOnce() {
        try (JdbcDossierStore store = JdbcDossierStore.open(StoreLocation.inMemory("twice"))) {
            StoreContract.idempotent(store);
        }
    }

    @Test
    void aVeryLongSourcePathIsStored() {
        try (JdbcDossierStore store = JdbcDossierStore.open(StoreLocation.inMemory("long"))) {
            StoreContract.longSource(store);
        }
    }

    @Test
    void resultsAreStoredReduced() {
        try (JdbcDossierStore store = JdbcDossierStore.open(StoreLocation.inMemory("reduced"))) {
            StoreContract.resultsAreStoredReduced(store);
        }
    }

    /**
     * The results a store has parsed are kept, but what another connection adds or removes (a
     * second writer, a repair by hand) shows in the next read: the ids are read each time. The
     * documents read after come from those results, the same as the stored documents.
     */
    @Test
    void storedResultsReadAgainFollowOtherConnections(@TempDir Path dir) throws Exception {
        try (JdbcDossierStore store = JdbcDossierStore.open(StoreLocation.embedded(dir));
             JdbcDossierStore other = JdbcDossierStore.open(StoreLocation.embedded(dir))) {
            store.putDocuments(SampleDossier.results().subList(0, 2));
            assertEquals(List.of(SampleDossier.A, SampleDossier.B), idsOf(store.documentResults()));
            other.putDocuments(SampleDossier.results().subList(2, 3));
            assertEquals(List.of(SampleDossier.A, SampleDossier.B, SampleDossier.HOSTILE), idsOf(store.documentResults()));
            try (java.sql.Connection c = java.sql.DriverManager.getConnection(StoreLocation.embedded(dir).jdbcUrl());
                 java.sql.Statement s = c.createStatement()) {
                s.executeUpdate("DELETE FROM document_result WHERE id = '" + SampleDossier.A + "'");
            }
            assertEquals(List.of(SampleDossier.B, SampleDossier.HOSTILE), idsOf(store.documentResults()));
            assertEquals(RecordJson.write(SampleDossier.results().subList(1, 3)), RecordJson.write(store.documentResults()));
            // documents come from the parsed results where there are some, and read as the stored documents do
            assertEquals(RecordJson.write(other.documents()), RecordJson.write(store.documents()));
            assertEquals(List.of(SampleDossier.B, SampleDossier.HOSTILE),
                    store.documents().stream().map(dev.dossier.model.Document::id).toList());
        }
    }

    private static List<String> idsOf(List<dev.dossier.pipeline.DocumentResult> results) {
        return results.stream().map(r -> r.annotated().document().id()).toList();
    }

    @Test
    void jsonReadsBackWhatItWrites() {
        Dossier dossier = SampleDossier.dossier();
        String json = RecordJson.write(dossier);
        assertEquals(json, RecordJson.write(RecordJson.read(json, Dossier.class)));
        assertTrue(json.contains("\"type\":\"contract_signed\""), json);
        assertTrue(json.contains("\"order_date\":{\"value\":\"2021-03\""), json);
    }
}
