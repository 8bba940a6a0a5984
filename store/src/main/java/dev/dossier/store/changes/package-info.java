/**
 * What changed in a store since a revision: each committed add leaves a {@link
 * dev.dossier.store.changes.Digest} of the dossier it committed (deal slots with their
 * independent-origin counts and sources, events with their evidence, contradictions), and
 * {@link dev.dossier.store.changes.ChangeFinder} compares two digests into a {@link
 * dev.dossier.store.changes.ChangeSet} whose every change names the added documents behind it.
 *
 * <p>Depends on: model and the store interface ({@link dev.dossier.store.changes.ChangeLog} reads a
 * {@link dev.dossier.store.DossierStore}). Reconcile numbers deals, events and contradictions afresh on every
 * run, so {@link dev.dossier.store.changes.ChangeFinder} compares nothing by id: deals by parties, system and
 * batch, events by shared evidence, contradictions by deal, kind, slot and event. A {@link
 * dev.dossier.store.changes.DigestDelta} (what an incremental add logs instead of a whole digest) replaces
 * parts by deal key and id: an add re-reconciles only the deal keys it touches and leaves the ids of the
 * other parts as they were.
 */
package dev.dossier.store.changes;
