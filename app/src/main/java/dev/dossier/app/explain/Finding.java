package dev.dossier.app.explain;

import java.util.List;

/**
 * One gold item the dossier missed, or one produced item the gold does not have, with the stage
 * that lost it, the sentences behind it and the produced items that came closest.
 *
 * @param component the score component ({@link Component})
 * @param story     the story letter: the first letter of the first document's file name, or "-"
 * @param item      the gold id ("e12", "cE1") or a produced id ("e40", "d7")
 * @param verdict   missed, extra or wrong
 * @param stage     the stage that lost it
 * @param summary   the item in one line
 * @param details   what differed, one line each
 * @param sentences sentences of its documents (the gold docs' candidate sentences, or the produced quotes)
 * @param closest   produced items that came closest, with why they did not match
 */
public record Finding(Component component, String story, String item, Verdict verdict, Stage stage, String summary,
                      List<String> details, List<Quote> sentences, List<Near> closest) {
    public Finding {
        details = List.copyOf(details);
        sentences = List.copyOf(sentences);
        closest = List.copyOf(closest);
    }

    /** Missed: a gold item not found; extra: produced but not in the gold; wrong: found with a wrong field. */
    public enum Verdict { MISSED, EXTRA, WRONG }

    /** A sentence of a document, named by its file's short id ("E-05"). */
    public record Quote(String document, String text) {
    }

    /** A produced item near a gold one: what it is, why it is not the gold item, and its quotes. */
    public record Near(String item, List<String> why, List<Quote> quotes) {
        public Near {
            why = List.copyOf(why);
            quotes = List.copyOf(quotes);
        }
    }
}
