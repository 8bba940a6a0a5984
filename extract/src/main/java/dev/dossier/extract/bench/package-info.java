/**
 * The article-extraction benchmark entry point ({@link dev.dossier.extract.bench.ExtractionBench}).
 *
 * <p>Depends on: extract, Jackson.
 */
package dev.dossier.extract.bench;
