package dev.dossier.store.jdbc;

import dev.dossier.model.Dossier;
import dev.dossier.store.StoreLocation;
import dev.dossier.store.changes.DigestDelta;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Properties;

/**
 * Writes a store's revision log straight through {@link RevisionLog}, for tests of logs that mix
 * full rows and delta rows (the store itself writes full rows until the incremental add uses deltas).
 */
public final class LogRows {
    private LogRows() {}

    /** One row to write: a whole dossier (a full row) or a delta. */
    public sealed interface Row {
        long revision();

        List<String> added();
    }

    /** A full row: the digest of {@code dossier}. */
    public record Full(long revision, List<String> added, Dossier dossier) implements Row {}

    /** A delta row. */
    public record Delta(long revision, List<String> added, DigestDelta delta) implements Row {}

    /**
     * Replaces the log of the (closed) store at {@code location} by {@code rows}, committed at
     * {@code clock}'s instants.
     */
    public static void rewrite(StoreLocation location, Clock clock, List<? extends Row> rows) throws SQLException {
        Properties properties = new Properties();
        location.user().ifPresent(u -> properties.setProperty("user", u));
        location.password().ifPresent(p -> properties.setProperty("password", p));
        try (Connection connection = DriverManager.getConnection(location.jdbcUrl(), properties)) {
            Sql.update(connection, "DELETE FROM revision_log");
            RevisionLog log = new RevisionLog(connection, clock);
            for (Row row : rows) {
                if (row instanceof Full full) {
                    log.append(full.revision(), full.added(), full.dossier());
                } else {
                    log.appendDelta(row.revision(), row.added(), ((Delta) row).delta());
                }
            }
        }
    }
}
