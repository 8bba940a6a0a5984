package dev.dossier.nlp;

import dev.dossier.model.AnnotatedDocument;
import dev.dossier.model.Document;

/** PLACEHOLDER (owner: nlp helper replaces this file): reads nothing. */
public final class LanguageAnnotator implements Annotator {
    @Override
    public AnnotatedDocument annotate(Document document) {
        return AnnotatedDocument.bare(document);
    }
}
