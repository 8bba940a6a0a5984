/**
 * Benchmark entry points: ECB+ story clustering predictions for {@code score_clusters.py}, and
 * the copy-detection scaling benchmark on generated corpora.
 *
 * <p>Depends on: model, group, corpus; Jackson for JSON.
 */
package dev.dossier.group.bench;
