package dev.dossier.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The {@code document_posting} table (migration V5): the keys each document is found under, the
 * scopes of its claims and the keys its unscoped claims could reach others by
 * ({@code dev.dossier.reconcile.Scopes#postings}). A document's postings never change: they are a
 * function of its claims, which never change under its id.
 */
final class PostingTable {
    private final Connection connection;

    PostingTable(Connection connection) {
        this.connection = connection;
    }

    void post(Map<String, ? extends Collection<String>> keysByDocument) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO document_posting (posting_key, document) VALUES (?, ?)")) {
            for (Map.Entry<String, ? extends Collection<String>> entry : keysByDocument.entrySet()) {
                for (String key : new TreeSet<>(entry.getValue())) {
                    insert.setString(1, key);
                    insert.setString(2, entry.getKey());
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
    }

    /** The documents posted under any of {@code keys}, sorted. */
    Set<String> documentsUnder(Collection<String> keys) {
        return new TreeSet<>(Sql.each(connection, "SELECT document FROM document_posting WHERE posting_key = ?",
                new TreeSet<>(keys), rs -> rs.getString(1)));
    }

    /** The keys any of {@code documents} is posted under, sorted. */
    Set<String> keysOf(Collection<String> documents) {
        return new TreeSet<>(Sql.each(connection, "SELECT posting_key FROM document_posting WHERE document = ?",
                new TreeSet<>(documents), rs -> rs.getString(1)));
    }

    /** The documents that post nothing yet (stored before V5, or whose postings were lost). */
    Set<String> unposted() {
        return new TreeSet<>(Sql.query(connection, "SELECT r.id FROM document_result r WHERE NOT EXISTS"
                + " (SELECT 1 FROM document_posting p WHERE p.document = r.id)", rs -> rs.getString(1)));
    }
}
