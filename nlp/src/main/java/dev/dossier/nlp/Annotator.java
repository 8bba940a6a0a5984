package dev.dossier.nlp;

import dev.dossier.model.AnnotatedDocument;
import dev.dossier.model.Document;

/** Reads sentences, tokens, entities, dates, money, quantities and attribution in one document. */
public interface Annotator {
    AnnotatedDocument annotate(Document document);
}
