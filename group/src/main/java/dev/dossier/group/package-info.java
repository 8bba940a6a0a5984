/**
 * Near-duplicate fingerprints (seeded MinHash with LSH banding), wire groups and their origin,
 * partial reuse, and story clustering.
 *
 * <p>Depends on: model.
 */
package dev.dossier.group;
