package dev.dossier.store.jdbc;

import dev.dossier.model.Dossier;
import dev.dossier.store.changes.Digest;
import dev.dossier.store.changes.DigestDelta;
import dev.dossier.store.changes.DigestReplay;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The {@code revision_log} table (migrations V3 and V4): one row per committed revision, written
 * in the commit's own transaction, with the time from the store's clock (UTC). A row holds either
 * the digest of the whole dossier it committed (a full row) or a {@link DigestDelta} (an
 * incremental add, which re-reconciles only the deal keys it touches); reading a revision replays
 * the deltas since the latest full row, and the digests it rebuilt are kept (a few, newest used
 * first) so that a feed reading consecutive revisions does not replay from the full row each time.
 */
final class RevisionLog {
    private static final String COLUMNS = "revision, committed_at, added_documents, digest, delta";
    /** Rebuilt digests kept: a feed page reading this many revisions newest first replays once. */
    private static final int KEPT = 16;
    private final Connection connection;
    private final Clock clock;
    private final Map<Long, LoggedRevision> rebuilt = new LinkedHashMap<>(KEPT * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, LoggedRevision> eldest) {
            return size() > KEPT;
        }
    };

    RevisionLog(Connection connection, Clock clock) {
        this.connection = connection;
        this.clock = clock;
    }

    boolean isEmpty() {
        return Sql.query(connection, "SELECT revision FROM revision_log FETCH FIRST 1 ROWS ONLY",
                rs -> rs.getLong(1)).isEmpty();
    }

    /** A full row: the digest of the whole dossier {@code revision} committed (the full rebuild path). */
    void append(long revision, List<String> added, Dossier dossier) throws SQLException {
        insert(revision, Optional.of(clock.instant()), added, RecordJson.write(Digest.of(dossier)), null);
    }

    /** A delta row: what revision {@code revision} removed from and added to the digest before it. */
    void appendDelta(long revision, List<String> added, DigestDelta delta) throws SQLException {
        insert(revision, Optional.of(clock.instant()), added, null, RecordJson.write(delta));
    }

    /** The revision a store older than the log was at, with no commit time (it is not known). */
    void baseline(long revision, Dossier dossier) throws SQLException {
        insert(revision, Optional.empty(), List.of(), RecordJson.write(Digest.of(dossier)), null);
    }

    private void insert(long revision, Optional<Instant> at, List<String> added, String digest, String delta)
            throws SQLException {
        // a row is only rewritten after a rollback cut (StoreCheck): what was rebuilt from it is stale
        rebuilt.keySet().removeIf(r -> r >= revision);
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO revision_log (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?)")) {
            insert.setLong(1, revision);
            insert.setObject(2, at.map(i -> i.atOffset(ZoneOffset.UTC)).orElse(null),
                    java.sql.Types.TIMESTAMP_WITH_TIMEZONE);
            insert.setString(3, RecordJson.write(added));
            insert.setString(4, digest);
            insert.setString(5, delta);
            insert.executeUpdate();
        }
    }

    /**
     * The latest logged revision at or before {@code revision}, with the full digest at it: the
     * latest full row at or before it with every delta after that row applied in order (from the
     * nearest digest already rebuilt, when there is one).
     */
    Optional<LoggedRevision> atOrBefore(long revision) {
        List<Long> latest = Sql.query(connection, "SELECT revision FROM revision_log WHERE revision <= ?"
                + " ORDER BY revision DESC FETCH FIRST 1 ROWS ONLY", rs -> rs.getLong(1), revision);
        if (latest.isEmpty()) {
            return Optional.empty();
        }
        long target = latest.get(0);
        LoggedRevision known = rebuilt.get(target);
        if (known != null) {
            return Optional.of(known);
        }
        long full = Sql.query(connection, "SELECT MAX(revision) FROM revision_log WHERE revision <= ?"
                + " AND digest IS NOT NULL", rs -> rs.getObject(1) == null ? -1L : rs.getLong(1), target).get(0);
        Optional<LoggedRevision> start = rebuilt.keySet().stream().filter(r -> r >= full && r < target)
                .max(Long::compare).map(rebuilt::get);
        // with no full row before it, the log began with deltas on an empty store
        DigestReplay replay = new DigestReplay(start.map(LoggedRevision::digest).orElse(Digest.EMPTY));
        List<Row> rows = Sql.query(connection, "SELECT " + COLUMNS + " FROM revision_log WHERE revision > ?"
                + " AND revision <= ? ORDER BY revision", RevisionLog::read,
                start.map(LoggedRevision::revision).orElse(full - 1), target);
        LoggedRevision at = null;
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            replay = row.digest() != null ? new DigestReplay(row.digest()) : replay.apply(row.delta());
            // only the digests nearest the target are kept: building each one sorts the whole digest
            if (i >= rows.size() - KEPT) {
                at = new LoggedRevision(row.revision(), row.committedAt(), row.added(),
                        row.digest() != null ? row.digest() : replay.digest());
                rebuilt.put(row.revision(), at);
            }
        }
        return Optional.ofNullable(at);
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

    /** One stored row: a full digest or a delta, the other null. */
    private record Row(long revision, Optional<Instant> committedAt, List<String> added, Digest digest,
            DigestDelta delta) {}

    private static Row read(ResultSet rs) throws SQLException {
        OffsetDateTime at = rs.getObject(2, OffsetDateTime.class);
        String digest = rs.getString(4);
        String delta = rs.getString(5);
        return new Row(rs.getLong(1), Optional.ofNullable(at).map(OffsetDateTime::toInstant), strings(rs.getString(3)),
                digest == null ? null : RecordJson.read(digest, Digest.class),
                delta == null ? null : RecordJson.read(delta, DigestDelta.class));
    }

    private static List<String> strings(String json) {
        try {
            return RecordJson.mapper().readValue(json, RecordJson.listOf(String.class));
        } catch (IOException e) {
            throw new UncheckedIOException("stored list is not a JSON list of strings: " + json, e);
        }
    }
}
