/**
 * Stage order and configuration: the one place that says ingest → extract → annotate →
 * assert → group → reconcile, with a typed configuration record.
 *
 * <p>Depends on: model, ingest, extract, nlp, assertion, group, reconcile.
 */
package dev.dossier.pipeline;
