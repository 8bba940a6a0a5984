/**
 * Error analysis for {@code dossier explain}: scores a dossier against a gold file with the matching
 * rules of {@code ../shared/eval/score.py} ({@link dev.dossier.app.explain.GoldRules},
 * {@code Scorecard}, {@code Components}, so the table agrees with the scorer) and explains each
 * missed, extra or wrong item: the sentences behind it, the produced items that came closest and
 * the stage that lost it ({@link dev.dossier.app.explain.Stage}). Entry point:
 * {@link dev.dossier.app.explain.Explainer#explain}.
 *
 * <p>Depends on: model, nlp (sentences and gazetteer), Jackson.
 */
package dev.dossier.app.explain;
