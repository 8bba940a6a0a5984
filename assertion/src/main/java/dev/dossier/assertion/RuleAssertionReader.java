package dev.dossier.assertion;

import dev.dossier.model.AnnotatedDocument;
import dev.dossier.model.Assertion;
import java.util.List;

/** PLACEHOLDER (owner: reasoning helper replaces this file): reads no claims. */
public final class RuleAssertionReader implements AssertionReader {
    @Override
    public List<Assertion> read(AnnotatedDocument document) {
        return List.of();
    }
}
