package dev.dossier.store.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;

/**
 * The sessions open on a store: each opened store writes a {@code dossier_state} row and deletes
 * it when it closes. A row found when a store opens tells of a session that ended without closing
 * (killed, crashed, its machine lost power) or that is still running (another process on the same
 * PostgreSQL database): then the store is checked whole ({@link StoreCheck}), and the rows are
 * cleared once it is found sound (kept while it is not, so that the next opening checks again);
 * after a clean close, only what an opening must know is. A whole check reads every stored document and part, seconds
 * on a store of 10,000 documents, which every {@code dossier add} would otherwise pay.
 */
final class Sessions {
    private static final String PREFIX = "session:";
    private static final int POSITION = 5;

    private final Connection connection;
    private final String id = PREFIX + UUID.randomUUID();

    Sessions(Connection connection) {
        this.connection = connection;
    }

    /** Whether another session's row is there: one that never closed, or one still open. */
    boolean othersLeftOpen() {
        return !Sql.query(connection, "SELECT id FROM dossier_state WHERE id LIKE ?", rs -> rs.getString(1), PREFIX + "%")
                .isEmpty();
    }

    /**
     * Deletes the other sessions' rows (committed), once a whole check found the store sound: what
     * they may have left is checked. (A session still running on a shared database loses its row
     * too; it is only the cue for the next check.)
     */
    void clearOthers() {
        Sql.inTransaction(connection, () -> Sql.update(connection, "DELETE FROM dossier_state WHERE id LIKE ? AND id <> ?",
                PREFIX + "%", id));
    }

    /** Writes this session's row (committed). */
    void begin() {
        Sql.inTransaction(connection, () -> Sql.update(connection,
                "INSERT INTO dossier_state (id, position, json) VALUES (?, ?, ?)", id, POSITION,
                "{\"opened\":\"" + Instant.now() + "\",\"process\":" + ProcessHandle.current().pid() + "}"));
    }

    /** Deletes this session's row (committed): the session closed cleanly. */
    void end() throws SQLException {
        Sql.update(connection, "DELETE FROM dossier_state WHERE id = ?", id);
        connection.commit();
    }
}
