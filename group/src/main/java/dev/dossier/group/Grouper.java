package dev.dossier.group;

import dev.dossier.model.Document;
import dev.dossier.model.Grouping;
import java.util.List;

/** Finds which documents are copies of one text, whose text they are, and which belong to one story. */
public interface Grouper {
    Grouping group(List<Document> documents);
}
