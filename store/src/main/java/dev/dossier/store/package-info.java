/**
 * Persistence and search behind interfaces: {@link dev.dossier.store.DossierStore} (an embedded
 * H2 file by default, PostgreSQL by JDBC URL, schema by Flyway migrations),
 * {@link dev.dossier.store.search.SearchIndex} (Lucene) and the incremental update that adds
 * documents and re-reconciles.
 *
 * <p>Depends on: model, pipeline (for {@code DocumentResult} and the stages); H2, PostgreSQL
 * JDBC, Flyway, Lucene, Jackson. Not on report: the store keeps records in its own JSON form
 * ({@code store.json.RecordJson}), not in {@code dossier.json}'s.
 */
package dev.dossier.store;
