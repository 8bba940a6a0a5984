/**
 * Publishing a finished run: {@code dossier.json} (the contract of DESIGN.md, checked against
 * the JSON Schema kept beside this package), the SIPRI-style ledger CSV, and the readable
 * Markdown and self-contained HTML/SVG report. {@link dev.dossier.report.Reports} is the entry
 * point; every other class is a package-private detail.
 *
 * <p>Everything written is deterministic for the same run: keys in a fixed order, UTF-8, "\n"
 * line endings (CRLF in the CSV, as RFC 4180 asks). Every string that came from an article is
 * escaped before it reaches HTML or SVG.
 *
 * <p>On a large corpus report.md and report.html list at most a few hundred items per list
 * ({@code Listing}) and say where the rest is. The sub-package {@code compare} sets a published
 * dossier against SIPRI's Arms Transfers Database ({@code dossier compare}).
 *
 * <p>Depends on: model, nlp (lexicons, for compare), pipeline, Jackson.
 */
package dev.dossier.report;
