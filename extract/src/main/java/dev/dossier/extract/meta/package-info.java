/**
 * Small readers of metadata in text: written dates in several languages ({@code months.tsv}),
 * bylines, wire datelines and the outlet cues of copyright and self-promotion lines.
 *
 * <p>Depends on: model.
 */
package dev.dossier.extract.meta;
