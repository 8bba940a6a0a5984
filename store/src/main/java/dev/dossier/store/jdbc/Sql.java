package dev.dossier.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Small JDBC helpers: a query into a list, an update, a unit of work in one transaction. */
final class Sql {
    private Sql() {}

    /** A unit of work that may fail with SQL. */
    @FunctionalInterface
    interface Work<T> {
        T run() throws SQLException;
    }

    static <T> List<T> query(Connection connection, String sql, JdbcDossierStore.Row<T> row, Object... parameters) {
        return each(connection, sql, java.util.Arrays.asList(parameters), row, true);
    }

    /**
     * Runs one query with one parameter for each of {@code values}, prepared once, and gathers
     * the rows: a lookup by an indexed key per value, which a long {@code IN (…)} list is not on H2
     * (it walked the whole index of a 750,000-row table).
     */
    static <V, T> List<T> each(Connection connection, String sql, Collection<V> values, JdbcDossierStore.Row<T> row) {
        return each(connection, sql, values, row, false);
    }

    /** With {@code once}, {@code values} are one execution's parameters; else each value is one execution's. */
    private static <V, T> List<T> each(Connection connection, String sql, Collection<V> values,
            JdbcDossierStore.Row<T> row, boolean once) {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            List<T> rows = new ArrayList<>();
            for (Object[] parameters : once ? List.<Object[]>of(values.toArray()) : values.stream()
                    .map(v -> new Object[] {v}).toList()) {
                bind(statement, parameters);
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        rows.add(row.read(rs));
                    }
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new StoreException("query failed: " + sql, e);
        }
    }

    static int update(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            return statement.executeUpdate();
        }
    }

    /** Runs {@code work} and commits, or rolls back and rethrows. */
    static <T> T inTransaction(Connection connection, Work<T> work) {
        try {
            T result = work.run();
            connection.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            rollback(connection, e);
            if (e instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new StoreException("transaction failed", e);
        }
    }

    /** Runs {@code work} inside a transaction that someone else commits or rolls back. */
    static <T> T joined(Work<T> work) {
        try {
            return work.run();
        } catch (SQLException e) {
            throw new StoreException("transaction failed", e);
        }
    }

    private static void rollback(Connection connection, Exception cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    private static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
    }
}
