package dev.dossier.store.jdbc;

import dev.dossier.model.Dossier;
import dev.dossier.store.changes.Digest;
import dev.dossier.store.changes.LoggedRevision;
import dev.dossier.store.json.RecordJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The {@code revision_log} table (migration V3): one row per committed revision, written in the
 * commit's own transaction, with the time from the store's clock (UTC).
 */
final class RevisionLog {
    private static final String COLUMNS = "revision, committed_at, added_documents, digest";
    private final Connection connection;
    private final Clock clock;

    RevisionLog(Connection connection, Clock clock) {
        this.connection = connection;
        this.clock = clock;
    }

    boolean isEmpty() {
        return Sql.query(connection, "SELECT revision FROM revision_log FETCH FIRST 1 ROWS ONLY",
                rs -> rs.getLong(1)).isEmpty();
    }

    void append(long revision, List<String> added, Dossier dossier) throws SQLException {
        insert(revision, Optional.of(clock.instant()), added, dossier);
    }

    /** The revision a store older than the log was at, with no commit time (it is not known). */
    void baseline(long revision, Dossier dossier) throws SQLException {
        insert(revision, Optional.empty(), List.of(), dossier);
    }

    private void insert(long revision, Optional<Instant> at, List<String> added, Dossier dossier) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO revision_log (" + COLUMNS + ") VALUES (?, ?, ?, ?)")) {
            insert.setLong(1, revision);
            insert.setObject(2, at.map(i -> i.atOffset(ZoneOffset.UTC)).orElse(null),
                    java.sql.Types.TIMESTAMP_WITH_TIMEZONE);
            insert.setString(3, RecordJson.write(added));
            insert.setString(4, RecordJson.write(Digest.of(dossier)));
            insert.executeUpdate();
        }
    }

    /** The latest logged revision at or before {@code revision}. */
    Optional<LoggedRevision> atOrBefore(long revision) {
        return Sql.query(connection, "SELECT " + COLUMNS + " FROM revision_log WHERE revision <= ?"
                + " ORDER BY revision DESC FETCH FIRST 1 ROWS ONLY", RevisionLog::read, revision).stream().findFirst();
    }

    /** Logged revisions after {@code after}, newest first, at most {@code limit}. */
    List<Long> revisionsAfter(long after, int limit) {
        return Sql.query(connection, "SELECT revision FROM revision_log WHERE revision > ?"
                + " ORDER BY revision DESC FETCH FIRST " + Math.max(0, limit) + " ROWS ONLY", rs -> rs.getLong(1), after);
    }

    /** The last revision committed strictly before {@code instant}. */
    OptionalLong committedBefore(Instant instant) {
        List<Long> found = Sql.query(connection, "SELECT revision FROM revision_log WHERE committed_at < ?"
                + " ORDER BY revision DESC FETCH FIRST 1 ROWS ONLY", rs -> rs.getLong(1),
                instant.atOffset(ZoneOffset.UTC));
        return found.isEmpty() ? OptionalLong.empty() : OptionalLong.of(found.get(0));
    }

    private static LoggedRevision read(ResultSet rs) throws SQLException {
        OffsetDateTime at = rs.getObject(2, OffsetDateTime.class);
        return new LoggedRevision(rs.getLong(1), Optional.ofNullable(at).map(OffsetDateTime::toInstant),
                strings(rs.getString(3)), RecordJson.read(rs.getString(4), Digest.class));
    }

    private static List<String> strings(String json) {
        try {
            return RecordJson.mapper().readValue(json, RecordJson.listOf(String.class));
        } catch (IOException e) {
            throw new UncheckedIOException("stored list is not a JSON list of strings: " + json, e);
        }
    }
}
