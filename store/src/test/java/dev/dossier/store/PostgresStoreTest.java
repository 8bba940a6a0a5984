package dev.dossier.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dossier.pipeline.Pipeline;
import dev.dossier.pipeline.PipelineConfig;
import dev.dossier.pipeline.Progress;
import dev.dossier.store.jdbc.JdbcDossierStore;
import dev.dossier.store.json.RecordJson;
import dev.dossier.store.update.StoreUpdater;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The same store contract against a real PostgreSQL server (zonky's PostgreSQL 17 binaries,
 * started on 127.0.0.1 on a random port; they come from Maven and run offline), or against
 * the server named by {@code DOSSIER_TEST_PG_URL} when that is set.
 */
@Tag("slow")
class PostgresStoreTest {
    private static EmbeddedPostgres server;
    private static String baseUrl;

    @BeforeAll
    static void start() throws IOException {
        String given = System.getenv("DOSSIER_TEST_PG_URL");
        if (given != null && !given.isBlank()) {
            baseUrl = given;
            return;
        }
        server = EmbeddedPostgres.builder().setLocaleConfig("locale", "C").setLocaleConfig("encoding", "UTF8").start();
        baseUrl = "jdbc:postgresql://127.0.0.1:" + server.getPort() + "/postgres";
    }

    @AfterAll
    static void stop() throws IOException {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aSavedDossierComesBackEqual() throws SQLException {
        try (JdbcDossierStore store = JdbcDossierStore.open(freshDatabase("roundtrip"))) {
            StoreContract.roundTrip(store, SampleDossier.dossier());
        }
        try (JdbcDossierStore reopened = JdbcDossierStore.open(location("roundtrip"))) {
            assertEquals(RecordJson.write(SampleDossier.dossier()), RecordJson.write(reopened.dossier()));
        }
    }

    @Test
    void aVeryLongSourcePathIsStored() throws SQLException {
        try (JdbcDossierStore store = JdbcDossierStore.open(freshDatabase("longsource"))) {
            StoreContract.longSource(store);
        }
    }

    @Test
    void resultsAreStoredReduced() throws SQLException {
        try (JdbcDossierStore store = JdbcDossierStore.open(freshDatabase("reduced"))) {
            StoreContract.resultsAreStoredReduced(store);
        }
    }

    @Test
    void theSameDocumentTwiceIsStoredOnce() throws SQLException {
        try (JdbcDossierStore store = JdbcDossierStore.open(freshDatabase("twice"))) {
            StoreContract.idempotent(store);
        }
    }

    @Test
    void addingInTwoStepsEqualsAnalysingAtOnce() throws Exception {
        Path first = StoreUpdaterTest.articles("first");
        Path second = StoreUpdaterTest.articles("second");
        String atOnce = RecordJson.write(new Pipeline(StoreUpdaterTest.STAGES,
                new PipelineConfig(2)).run(List.of(first, second),
                Progress.SILENT).dossier());
        try (JdbcDossierStore store = JdbcDossierStore.open(freshDatabase("incremental"))) {
            StoreUpdater updater = new StoreUpdater(StoreUpdaterTest.STAGES,
                    new PipelineConfig(2), store);
            updater.add(List.of(first));
            updater.add(List.of(second));
            assertEquals(atOnce, RecordJson.write(store.dossier()));
        }
    }

    @Test
    void addingOneArticleReportsExactlyWhatItMoved() throws Exception {
        try (JdbcDossierStore store = JdbcDossierStore.open(freshDatabase("changes"), ChangesContract.hourly())) {
            ChangesContract.addingOneArticleReportsExactlyWhatItMoved(store);
        }
    }

    @Test
    void aLogOfDeltasReadsAsTheFullLog() throws Exception {
        ChangesContract.aLogOfDeltasReadsAsTheFullLog(freshDatabase("deltas"));
    }

    /** A new schema per test, so tests do not see each other's rows. */
    private static StoreLocation freshDatabase(String schema) throws SQLException {
        try (Connection c = java.sql.DriverManager.getConnection(baseUrl, "postgres", "postgres");
                Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            s.execute("CREATE SCHEMA " + schema);
        }
        return location(schema);
    }

    private static StoreLocation location(String schema) {
        String separator = baseUrl.contains("?") ? "&" : "?";
        return new StoreLocation(baseUrl + separator + "currentSchema=" + schema, Optional.of("postgres"),
                Optional.of("postgres"));
    }
}
