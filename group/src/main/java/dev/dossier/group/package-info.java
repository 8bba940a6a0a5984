/**
 * The group stage: which documents are copies of one text (wire groups), whose text it is
 * (origin, from agency credits spread over the wire group), which documents belong to one story,
 * and which paragraphs and quotations are shared between documents that are not copies
 * ({@link dev.dossier.group.Reuse}). {@link dev.dossier.group.MinHashGrouper} is the entry point;
 * the pure fingerprint functions live in {@code fingerprint}, story clustering in {@code story},
 * the test-corpus generator in {@code corpus} and the benchmarks in {@code bench}.
 *
 * <p>Depends on: model (and Jackson in {@code bench} only).
 */
package dev.dossier.group;
