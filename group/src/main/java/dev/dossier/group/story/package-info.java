/**
 * Story clustering: documents about the same event or thread, by weighted TF-IDF over content
 * words, capitalised names, years and numbers, joined by average-linkage agglomerative
 * clustering cut at a similarity threshold. Deterministic: ties go to the smaller index.
 *
 * <p>Depends on: JDK only (and the resource reader of {@code dev.dossier.group.fingerprint}).
 */
package dev.dossier.group.story;
