package dev.dossier.store.jdbc;

import dev.dossier.store.json.RecordJson;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A table of reconciled parts (events, deals or contradictions) whose rows carry the scope they
 * were reconciled in and an order key (migration V5): a whole reconcile {@link #replace replaces}
 * the table, an add that re-reconciled some scopes {@link #replaceScopes replaces} only their rows,
 * and {@link #all} reads the rows in order-key order, which is the order one whole reconcile lists
 * them in. Rows written before V5 have no order key and read in their saved positions, first.
 */
final class ScopedPartTable {
    private final Connection connection;
    private final String table;

    ScopedPartTable(Connection connection, String table) {
        this.connection = connection;
        this.table = table;
    }

    /**
     * Makes the table hold exactly {@code items}; {@code scopes} and {@code orderKeys} by id (an id
     * without a scope belongs to none). Writes only the rows that changed; returns how many did.
     */
    <T> int replace(List<T> items, Function<T, String> idOf, Map<String, String> scopes,
            Map<String, String> orderKeys) throws SQLException {
        Map<String, Row> stored = new HashMap<>();
        Sql.query(connection, "SELECT id, json, scope, order_key FROM " + table,
                rs -> stored.put(rs.getString(1), new Row(rs.getString(2), rs.getString(3), rs.getString(4))));
        Set<String> kept = new HashSet<>();
        List<T> written = new ArrayList<>();
        for (T item : items) {
            String id = idOf.apply(item);
            kept.add(id);
            Row row = stored.get(id);
            if (row == null || !row.equals(new Row(RecordJson.write(item), scopes.get(id), orderKeys.get(id)))) {
                written.add(item);
            }
        }
        List<String> gone = stored.keySet().stream().filter(id -> !kept.contains(id)).toList();
        List<String> rewritten = written.stream().map(idOf).filter(stored::containsKey).toList();
        delete(gone);
        delete(rewritten);
        insert(written, idOf, scopes, orderKeys);
        return gone.size() + written.size();
    }

    /**
     * Replaces the rows of {@code replaced} scopes with {@code items} (each of one of them); rows of
     * other scopes, and rows of none, stay. Returns how many rows were deleted or written.
     */
    <T> int replaceScopes(Collection<String> replaced, List<T> items, Function<T, String> idOf,
            Map<String, String> scopes, Map<String, String> orderKeys) throws SQLException {
        int deleted = 0;
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + table + " WHERE scope = ?")) {
            for (String scope : replaced) {
                delete.setString(1, scope);
                deleted += delete.executeUpdate();
            }
        }
        insert(items, idOf, scopes, orderKeys);
        return deleted + items.size();
    }

    /** Every row, in order-key order. */
    <T> List<T> all(Class<T> type) {
        List<Keyed<T>> rows = Sql.query(connection, "SELECT json, order_key, position FROM " + table,
                rs -> new Keyed<>(RecordJson.read(rs.getString(1), type), rs.getString(2), rs.getInt(3)));
        return sorted(rows);
    }

    /** The rows of {@code scopes}, in order-key order. */
    <T> List<T> inScopes(Collection<String> scopes, Class<T> type) {
        List<Keyed<T>> rows = new ArrayList<>();
        for (String scope : new java.util.TreeSet<>(scopes)) {
            rows.addAll(Sql.query(connection, "SELECT json, order_key, position FROM " + table + " WHERE scope = ?",
                    rs -> new Keyed<>(RecordJson.read(rs.getString(1), type), rs.getString(2), rs.getInt(3)), scope));
        }
        return sorted(rows);
    }

    <T> Optional<T> one(String id, Class<T> type) {
        return Sql.query(connection, "SELECT json FROM " + table + " WHERE id = ?",
                rs -> RecordJson.read(rs.getString(1), type), id).stream().findFirst();
    }

    private static <T> List<T> sorted(List<Keyed<T>> rows) {
        List<Keyed<T>> sorted = new ArrayList<>(rows);
        // Java's String order, not the database's collation, decides
        sorted.sort(Comparator.comparing((Keyed<T> k) -> k.orderKey() != null)
                .thenComparing(Keyed::orderKey, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparingInt(Keyed::position));
        return sorted.stream().map(Keyed::item).toList();
    }

    private void delete(List<String> ids) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + table + " WHERE id = ?")) {
            for (String id : ids) {
                delete.setString(1, id);
                delete.addBatch();
            }
            delete.executeBatch();
        }
    }

    private <T> void insert(List<T> items, Function<T, String> idOf, Map<String, String> scopes,
            Map<String, String> orderKeys) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO " + table + " (id, position, json, scope, order_key) VALUES (?, 0, ?, ?, ?)")) {
            for (T item : items) {
                String id = idOf.apply(item);
                insert.setString(1, id);
                insert.setString(2, RecordJson.write(item));
                insert.setString(3, scopes.get(id));
                insert.setString(4, Objects.requireNonNull(orderKeys.get(id), () -> "no order key for " + id));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** A stored row as compared by {@link #replace}. */
    private record Row(String json, String scope, String orderKey) {}

    /** A row read back with what it is sorted by. */
    private record Keyed<T>(T item, String orderKey, int position) {}
}
