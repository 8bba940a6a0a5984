package dev.dossier.assertion;

import dev.dossier.model.AnnotatedDocument;
import dev.dossier.model.Assertion;
import java.util.List;

/** Reads the event claims in one annotated document, each with its evidence. */
public interface AssertionReader {
    List<Assertion> read(AnnotatedDocument document);
}
