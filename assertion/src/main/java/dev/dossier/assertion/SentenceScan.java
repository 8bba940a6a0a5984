package dev.dossier.assertion;

import dev.dossier.model.Span;
import java.util.Optional;

/**
 * One sentence's text as the cue lexicon reads it, worked out at most once per sentence: its
 * {@link CaseFold#fold fold} and where the cue anchors occur ({@link KeywordAutomaton#hits}). The
 * readers ask many questions about stretches of one sentence (the words before a trigger, before a
 * state, the rest of a clause …); with these, a question costs no pass over the text. Confined to the
 * thread reading the document.
 */
final class SentenceScan {
    private final String body;
    private final Span span;
    private Optional<String> folded;
    private KeywordAutomaton scannedBy;
    private KeywordAutomaton.Hits hits;
    private Cues wholeFor;
    private Cues.Stretch whole;

    /** The sentence {@code span} of {@code body}; nothing is worked out before it is asked for. */
    SentenceScan(String body, Span span) {
        this.body = body;
        this.span = span;
    }

    String body() {
        return body;
    }

    /** True when the stretch {@code from}–{@code to} of the body lies in this sentence. */
    boolean holds(int from, int to) {
        return span.start() <= from && from <= to && to <= span.end();
    }

    /** The folded text of the stretch {@code from}–{@code to} (offsets kept), empty when the sentence cannot be folded. */
    Optional<String> folded(int from, int to) {
        if (folded == null) {
            folded = CaseFold.fold(span.of(body));
        }
        return folded.map(f -> f.substring(from - span.start(), to - span.start()));
    }

    /** The folded text of the whole sentence, empty when it cannot be folded: worked out once. */
    Optional<String> folded() {
        return folded(span.start(), span.end());
    }

    /** True when the stretch {@code from}–{@code to} is the whole sentence. */
    boolean isWhole(int from, int to) {
        return from == span.start() && to == span.end();
    }

    /** The whole sentence as {@code cues} asks about it, {@code made} the first time. */
    Cues.Stretch whole(Cues cues, java.util.function.Supplier<Cues.Stretch> made) {
        if (wholeFor != cues) {
            whole = made.get();
            wholeFor = cues;
        }
        return whole;
    }

    /** Where {@code automaton}'s anchors occur in the sentence, found by one pass the first time it is asked. */
    KeywordAutomaton.Hits hits(KeywordAutomaton automaton) {
        if (scannedBy != automaton) {
            hits = automaton.hits(body, span.start(), span.end());
            scannedBy = automaton;
        }
        return hits;
    }
}
