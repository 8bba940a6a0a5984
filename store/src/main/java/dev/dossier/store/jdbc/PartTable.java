package dev.dossier.store.jdbc;

import dev.dossier.store.json.RecordJson;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * One table of reconciled parts: rows of (id, position, json), and for the grouping a story
 * column. {@link #replace} writes only the rows whose JSON or position changed and deletes the
 * rows that are gone, so that a re-reconcile that changes one story touches only its rows.
 */
final class PartTable {
    private final Connection connection;
    private final String table;
    private final boolean hasStory;
    private final String key;

    PartTable(Connection connection, String table, boolean hasStory) {
        this.connection = connection;
        this.table = table;
        this.hasStory = hasStory;
        this.key = hasStory ? "document" : "id";
    }

    /**
     * Makes the table hold exactly {@code items} in this order; returns how many rows changed. A row
     * whose JSON is unchanged but whose position moved (an item was inserted or removed before it)
     * gets its position updated only; a row whose JSON changed is updated in place. The writes go
     * in four batches (deletes, moves, rewrites, inserts): an add moves every event after the first
     * new one, so a commit often changes most rows, and one statement per row was most of its cost.
     */
    <T> int replace(List<T> items, Function<T, String> idOf, Function<T, String> storyOf,
            Function<T, String> wireOf) throws SQLException {
        Map<String, StoredRow> stored = stored();
        Set<String> kept = new LinkedHashSet<>();
        int changed = 0;
        try (PreparedStatement move = connection.prepareStatement(
                     "UPDATE " + table + " SET position = ? WHERE " + key + " = ?");
             PreparedStatement rewrite = connection.prepareStatement("UPDATE " + table + " SET position = ?, json = ?"
                     + (hasStory ? ", story = ?, wire_group = ?" : "") + " WHERE " + key + " = ?");
             PreparedStatement insert = connection.prepareStatement(hasStory
                     ? "INSERT INTO " + table + " (position, json, story, wire_group, document) VALUES (?, ?, ?, ?, ?)"
                     : "INSERT INTO " + table + " (position, json, id) VALUES (?, ?, ?)");
             PreparedStatement delete = connection.prepareStatement(
                     "DELETE FROM " + table + " WHERE " + key + " = ?")) {
            for (int position = 0; position < items.size(); position++) {
                T item = items.get(position);
                String id = idOf.apply(item);
                String json = RecordJson.write(item);
                StoredRow row = stored.get(id);
                kept.add(id);
                if (row == null || !row.json().equals(json)) {
                    PreparedStatement write = row == null ? insert : rewrite;
                    int column = 1;
                    write.setInt(column++, position);
                    write.setString(column++, json);
                    if (hasStory) {
                        write.setString(column++, storyOf.apply(item));
                        write.setString(column++, wireOf.apply(item));
                    }
                    write.setString(column, id);
                    write.addBatch();
                    changed++;
                } else if (row.position() != position) {
                    move.setInt(1, position);
                    move.setString(2, id);
                    move.addBatch();
                    changed++;
                }
            }
            for (String id : stored.keySet()) {
                if (!kept.contains(id)) {
                    delete.setString(1, id);
                    delete.addBatch();
                    changed++;
                }
            }
            delete.executeBatch();
            move.executeBatch();
            rewrite.executeBatch();
            insert.executeBatch();
        }
        return changed;
    }

    /**
     * Writes {@code items} over the rows of the same ids, or as new rows, leaving every other row
     * as it is (an add's changed grouping rows); the position column is not kept up to date by it.
     */
    <T> void upsert(List<T> items, Function<T, String> idOf, Function<T, String> storyOf,
            Function<T, String> wireOf) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + table + " WHERE " + key + " = ?");
             PreparedStatement insert = connection.prepareStatement(hasStory
                     ? "INSERT INTO " + table + " (position, json, story, wire_group, document) VALUES (0, ?, ?, ?, ?)"
                     : "INSERT INTO " + table + " (position, json, id) VALUES (0, ?, ?)")) {
            for (T item : items) {
                String id = idOf.apply(item);
                delete.setString(1, id);
                delete.addBatch();
                int column = 1;
                insert.setString(column++, RecordJson.write(item));
                if (hasStory) {
                    insert.setString(column++, storyOf.apply(item));
                    insert.setString(column++, wireOf.apply(item));
                }
                insert.setString(column, id);
                insert.addBatch();
            }
            delete.executeBatch();
            insert.executeBatch();
        }
    }

    /** Sets one named value (an id with JSON); returns 1 when it changed. */
    int put(String id, int position, Object value) throws SQLException {
        return putJson(id, position, RecordJson.write(value));
    }

    int putJson(String id, int position, String json) {
        try {
            if (get(id).filter(json::equals).isPresent()) {
                return 0;
            }
            delete(id);
            insert(id, position, json);
            return 1;
        } catch (SQLException e) {
            throw new StoreException("cannot write " + id + " to " + table, e);
        }
    }

    Optional<String> get(String id) {
        return Sql.query(connection, "SELECT json FROM " + table + " WHERE " + key + " = ?", rs -> rs.getString(1), id)
                .stream().findFirst();
    }

    <T> List<T> all(Class<T> type) {
        return Sql.query(connection, "SELECT json FROM " + table + " ORDER BY position",
                rs -> RecordJson.read(rs.getString(1), type));
    }

    <T> Optional<T> one(String id, Class<T> type) {
        return get(id).map(json -> RecordJson.read(json, type));
    }

    private Map<String, StoredRow> stored() {
        Map<String, StoredRow> rows = new HashMap<>();
        Sql.query(connection, "SELECT " + key + ", position, json FROM " + table,
                rs -> rows.put(rs.getString(1), new StoredRow(rs.getInt(2), rs.getString(3))));
        return rows;
    }

    /** One stored row: its position in the list and its JSON. */
    private record StoredRow(int position, String json) {}

    /** Deletes the row of {@code id}, if any. */
    void delete(String id) throws SQLException {
        Sql.update(connection, "DELETE FROM " + table + " WHERE " + key + " = ?", id);
    }

    private void insert(String id, int position, String json) throws SQLException {
        Sql.update(connection, "INSERT INTO " + table + " (" + key + ", position, json) VALUES (?, ?, ?)", id, position,
                json);
    }
}
