package dev.dossier.assertion;

import dev.dossier.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;

/** Splits a sentence into clauses at the BOUNDARY cues, so that dates and modality stay with their predicate. */
final class Clauses {
    private final Cues cues;

    Clauses(Cues cues) {
        this.cues = cues;
    }

    /** The clauses of {@code view}'s sentence in reading order; together they cover the sentence. */
    List<Span> of(SentenceView view) {
        int base = view.span().start();
        TreeSet<Integer> cuts = new TreeSet<>();
        for (Matcher m : cues.in(view, view.span()).matchers("BOUNDARY")) {
            while (m.find()) {
                if (m.start() > 0) {
                    cuts.add(m.start());
                }
            }
        }
        List<Span> clauses = new ArrayList<>();
        int start = 0;
        for (int cut : cuts) {
            clauses.add(new Span(base + start, base + cut));
            start = cut;
        }
        clauses.add(new Span(base + start, view.span().end()));
        return clauses;
    }

    static Span containing(List<Span> clauses, int offset) {
        for (Span clause : clauses) {
            if (clause.start() <= offset && offset < clause.end()) {
                return clause;
            }
        }
        return clauses.get(clauses.size() - 1);
    }
}
