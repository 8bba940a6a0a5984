/**
 * Sentences to event claims. {@link dev.dossier.assertion.RuleAssertionReader} reads each
 * sentence of an annotated document: triggers from {@code triggers.tsv} give the event type;
 * the sentence is cut into clauses and propositions ({@code cues.tsv}) so that a date, a negation
 * or a hedge stays with its own predicate; parties and system come from the entities of the
 * clause (role cues, a weapon's country of origin, a pronoun's referent); batch ordinals, dates,
 * quantities and deal values come from the language layer's mentions — an undated present-perfect,
 * progressive or intent predicate takes the date of its statement ("said on Thursday"), else an
 * article lead's month of publication ({@code StatementTime}); polarity and modality give
 * the status; the attribution covering the trigger gives speaker and agency. A sentence that
 * names no system (an anonymous denial, "the relevant contract") borrows it from the claim it
 * answers earlier in the same document, or from the document's topic; a dated statement of fact
 * that names one party of its transfer takes the other from the document's own complete claims
 * when they agree on it ({@code DocumentParties}). Where no trigger fired, the
 * learned classifier of {@code learn} ({@code ClassifierProposer}) may propose the type and the rules
 * read the rest. Everything but the entry point and {@link dev.dossier.assertion.SentenceSignals} (what
 * the classifier reads, public for its trainer) is package-private.
 *
 * <p>Depends on: model, nlp.
 */
package dev.dossier.assertion;
