/**
 * A learned sentence-level event classifier: {@link dev.dossier.assertion.learn.Signals} (a sentence
 * and what the lexicons found in it) to hashed sparse features ({@link dev.dossier.assertion.learn.Featurizer}),
 * a multinomial logistic-regression {@link dev.dossier.assertion.learn.LinearModel} read from a resource
 * (numbers only, no text), and its deterministic {@link dev.dossier.assertion.learn.Trainer}. The
 * training data and command live in the app ({@code dossier train-events}).
 *
 * <p>Depends on: the JDK only.
 */
package dev.dossier.assertion.learn;
