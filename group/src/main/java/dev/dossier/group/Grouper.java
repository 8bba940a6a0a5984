package dev.dossier.group;

import dev.dossier.model.Document;
import dev.dossier.model.Grouping;
import java.util.List;
import java.util.function.Supplier;

/** Finds which documents are copies of one text, whose text they are, and which belong to one story. */
public interface Grouper {
    Grouping group(List<Document> documents);

    /**
     * The grouping in two steps, for a caller with work that needs only the copies and origins
     * (reconcile) to do while the stories, the longest part, are clustered: {@link Staged#copies}
     * is at hand when this returns, {@link Staged#whole} works the stories out when it is called
     * and equals {@link #group}. This one works out the whole grouping at once.
     */
    default Staged staged(List<Document> documents) {
        Grouping whole = group(documents);
        return new Staged(whole, () -> whole);
    }

    /**
     * A grouping in two steps: {@code copies} has every document's wire group and origin as the
     * whole grouping has them, and its story is either the whole grouping's or the document's own
     * ("s-" and its id); {@code whole} gives the whole grouping.
     */
    record Staged(Grouping copies, Supplier<Grouping> whole) {}

    /**
     * A grouper with the same answers for a long-lived caller that groups mostly the same
     * documents again and again (a store's updater): it may keep what it works out from each
     * document alone. This one, when it keeps nothing.
     */
    default Grouper remembering() {
        return this;
    }
}
