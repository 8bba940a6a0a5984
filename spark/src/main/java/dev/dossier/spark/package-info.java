/**
 * The same pipeline as an Apache Spark batch job: files listed on the driver, the per-document
 * stages (extract → annotate → assert) run in parallel on the executors, the cross-document
 * stages (group → reconcile) run once over all results, and the output is the same
 * {@code dossier.json} as {@code dossier analyze} plus Parquet tables.
 *
 * <p>Depends on: every layer (like app); Spark itself is provided by the cluster.
 */
package dev.dossier.spark;
