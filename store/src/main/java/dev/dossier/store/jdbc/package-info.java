/**
 * The JDBC store: H2 (embedded default) and PostgreSQL behind one schema, migrated by Flyway;
 * records kept as JSON rows.
 *
 * <p>Depends on: model, pipeline, store, store.json; JDBC drivers, Flyway.
 */
package dev.dossier.store.jdbc;
