/**
 * The incremental add: new documents into an existing store, regrouped and re-reconciled from
 * the stored per-document results.
 *
 * <p>Depends on: model, pipeline (stages, document results), store.
 */
package dev.dossier.store.update;
