/**
 * {@code dossier compare}: a published dossier set against the SIPRI Arms Transfers Database.
 * {@link dev.dossier.report.compare.SipriRegister} reads SIPRI's export (trade register or
 * per-delivery layout, with its real quirks; a malformed file fails with its line),
 * {@link dev.dossier.report.compare.NewsDossier} reads dossier.json's contract,
 * {@link dev.dossier.report.compare.SipriCompare} pairs deals with rows and gives a verdict per
 * field, and {@link dev.dossier.report.compare.CompareReports} writes compare.json and
 * compare.md. Country and weapon names go through the project's lexicons; SIPRI's own
 * conventions (its currency codes, the units that group weapons) are TSV resources beside this
 * package.
 *
 * <p>Depends on: model, nlp (lexicons, folding), Jackson.
 */
package dev.dossier.report.compare;
