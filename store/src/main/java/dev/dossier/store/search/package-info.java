/**
 * Full-text search (Lucene 9) over documents and claims, with filters by country, system,
 * event type and date range. Snippets come back as plain text with highlight ranges.
 *
 * <p>Depends on: model, pipeline (document results), reconcile (the order of events), Lucene.
 */
package dev.dossier.store.search;
