package dev.dossier.assertion;

import dev.dossier.assertion.learn.Signals;
import dev.dossier.model.AnnotatedDocument;
import dev.dossier.model.EntityType;
import dev.dossier.model.Sentence;
import dev.dossier.model.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * What the learned event classifier ({@link dev.dossier.assertion.learn}) reads of each sentence:
 * its text, the types of the trigger words that matched in it (before any filtering), its country
 * and weapon mentions, and the modality and negation cues of {@code cues.tsv}. Public so that the
 * trainer reads sentences exactly as the assertion stage does. Thread-safe.
 */
public final class SentenceSignals {
    static final List<String> CUE_KINDS = List.of("NEGATION", "NEGATED_VERB", "DENIAL", "PLANNED", "HEDGE",
            "SPECULATIVE", "REPORTED", "DEFERRED", "VALUE", "MEDIA_RELAY");
    private final Triggers triggers;
    private final Cues cues;

    public SentenceSignals() {
        this(Triggers.load(), Cues.load());
    }

    SentenceSignals(Triggers triggers, Cues cues) {
        this.triggers = triggers;
        this.cues = cues;
    }

    /** True when a cue of {@code kind} occurs in {@code view}'s sentence. */
    boolean cue(String kind, SentenceView view) {
        return cues.in(view, view.span()).any(kind);
    }

    /** One sentence: where it stands in the body and its signals. */
    public record Read(Sentence sentence, Span span, Signals signals) {
    }

    /** Every sentence of the document, in reading order. */
    public List<Read> read(AnnotatedDocument document) {
        List<Read> out = new ArrayList<>();
        for (Sentence sentence : document.sentences()) {
            SentenceView view = SentenceView.of(document, sentence);
            out.add(new Read(sentence, view.span(), of(view, triggers.find(view))));
        }
        return out;
    }

    /** The signals of {@code view}, whose sentence the trigger lexicon found {@code found} in (before any filtering). */
    Signals of(SentenceView view, List<Trigger> found) {
        List<String> types = found.stream().map(t -> t.type().name()).toList();
        Cues.Stretch sentence = cues.in(view, view.span());
        List<String> kinds = CUE_KINDS.stream().filter(sentence::any).toList();
        return new Signals(view.text(), types, view.mentions(EntityType.COUNTRY, view.span()).size(),
                view.mentions(EntityType.WEAPON, view.span()).size(), kinds);
    }
}
