package dev.dossier.assertion;

import dev.dossier.assertion.learn.Featurizer;
import dev.dossier.assertion.learn.LinearModel;
import dev.dossier.model.EntityType;
import dev.dossier.model.EventType;
import dev.dossier.model.Span;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Proposes an event type for a sentence where no trigger fired, with the learned classifier
 * ({@code learn/event-classifier.tsv.gz}, trained by {@code dossier train-events}). Only a sentence
 * that names a country or a weapon system is asked (the rules still fill parties, system, date and
 * sources, and drop the proposal when they cannot); a transfer (a sale, a delivery …) is proposed only
 * for a sentence that names its system or points back to the deal ("the contract covers three
 * batteries"): a system borrowed from the sentences around ("the minister said the forces are being
 * strengthened" after a line on old tanks sent elsewhere) makes a deal no text states.
 * A proposal needs the model's probability of
 * {@link #threshold}. The proposed trigger is the sentence's word that speaks most for the type, and its
 * rule is named {@code classifier.<type>-v1}.
 */
final class ClassifierProposer {
    static final String RESOURCE = "learn/event-classifier.tsv.gz";
    private static final Pattern NEVER = Pattern.compile("(?!)");
    private final LinearModel model;
    private final SentenceSignals signals;
    private final double threshold;

    ClassifierProposer(LinearModel model, SentenceSignals signals, double threshold) {
        this.model = model;
        this.signals = signals;
        this.threshold = threshold;
    }

    /** The shipped model, or empty when the resource is absent. */
    static Optional<LinearModel> shipped() {
        try (InputStream in = ClassifierProposer.class.getResourceAsStream(RESOURCE)) {
            return in == null ? Optional.empty() : Optional.of(LinearModel.read(in, RESOURCE));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** A trigger for {@code view}'s sentence, in which the trigger lexicon found {@code found} (all filtered away). */
    Optional<Trigger> propose(SentenceView view, List<Trigger> found) {
        if (view.mentions(EntityType.COUNTRY, view.span()).isEmpty()
                && view.mentions(EntityType.WEAPON, view.span()).isEmpty()) {
            return Optional.empty();
        }
        LinearModel.Prediction p = model.predict(signals.of(view, found));
        if (p.label().equals("NONE") || p.probability() < threshold) {
            return Optional.empty();
        }
        EventType type = EventType.valueOf(p.label());
        if (type.isTransfer() && view.mentions(EntityType.WEAPON, view.span()).isEmpty()
                && !signals.cue("ANAPHOR", view)) {
            return Optional.empty();
        }
        Featurizer.Token word = model.strongestToken(view.text(), p.label());
        int start = view.span().start();
        TriggerRule rule = new TriggerRule(type, false, "classifier." + p.label().toLowerCase(Locale.ROOT)
                .replace('_', '-') + "-v1", NEVER, Optional.empty());
        return Optional.of(new Trigger(rule, new Span(start + word.start(), start + word.end())));
    }
}
