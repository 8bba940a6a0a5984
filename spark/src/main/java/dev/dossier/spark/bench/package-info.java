/**
 * The Spark benchmark: a seeded generator of a news-like corpus (text files and WARC.gz
 * files) and a one-run timer that prints documents per second and peak memory.
 *
 * <p>Depends on: the spark job and the model.
 */
package dev.dossier.spark.bench;
