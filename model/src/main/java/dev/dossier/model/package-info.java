/**
 * Immutable records shared by every layer: documents and their metadata, spans, entities and
 * mentions, partial dates, money and quantities, assertions, events, deals, slots,
 * contradictions and the dossier itself.
 *
 * <p>Depends on the JDK only. Records validate in their constructors, copy their collections
 * and hold no nulls inside collections; optional values are {@link java.util.Optional}.
 */
package dev.dossier.model;
