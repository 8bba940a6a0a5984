/**
 * Training data and evaluation for the learned event classifier ({@code dossier train-events}):
 * distant labels from gold events ({@link dev.dossier.app.train.EventLabels}, cues in
 * {@code label-cues.tsv}), leave-one-story-out evaluation ({@link dev.dossier.app.train.Evaluation}).
 * Labels point at files and offsets; the text is never stored.
 *
 * <p>Depends on: model, assertion (its sentence signals and the learn package), Jackson.
 */
package dev.dossier.app.train;
