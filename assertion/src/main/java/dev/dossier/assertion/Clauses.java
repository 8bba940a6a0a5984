package dev.dossier.assertion;

import dev.dossier.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits a sentence into clauses at the BOUNDARY cues, so that dates and modality stay with their predicate. */
final class Clauses {
    private final Cues cues;

    Clauses(Cues cues) {
        this.cues = cues;
    }

    /** The clauses of {@code view}'s sentence in reading order; together they cover the sentence. */
    List<Span> of(SentenceView view) {
        String text = view.text();
        int base = view.span().start();
        TreeSet<Integer> cuts = new TreeSet<>();
        for (Pattern p : cues.of("BOUNDARY")) {
            Matcher m = p.matcher(text);
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
        clauses.add(new Span(base + start, base + text.length()));
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
