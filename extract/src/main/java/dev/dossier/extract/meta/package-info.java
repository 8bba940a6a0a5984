/**
 * Small readers of metadata in text: written dates in several languages ({@code months.tsv}),
 * bylines and credit lines ("19 March 2019 | Jane Doe", "May 2, 2021 by Staff Writer"), wire
 * datelines and the outlet cues of copyright and self-promotion lines.
 *
 * <p>Depends on: model.
 */
package dev.dossier.extract.meta;
