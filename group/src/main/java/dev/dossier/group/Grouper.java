package dev.dossier.group;

import dev.dossier.model.Document;
import dev.dossier.model.Grouping;
import java.util.List;

/** Finds which documents are copies of one text, whose text they are, and which belong to one story. */
public interface Grouper {
    Grouping group(List<Document> documents);

    /**
     * A grouper with the same answers for a long-lived caller that groups mostly the same
     * documents again and again (a store's updater): it may keep what it works out from each
     * document alone. This one, when it keeps nothing.
     */
    default Grouper remembering() {
        return this;
    }
}
