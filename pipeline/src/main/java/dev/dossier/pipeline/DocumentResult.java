package dev.dossier.pipeline;

import dev.dossier.model.AnnotatedDocument;
import dev.dossier.model.Assertion;
import dev.dossier.model.Checks;
import java.util.List;

/** What the per-document stages made of one document. */
public record DocumentResult(AnnotatedDocument annotated, List<Assertion> assertions) {
    public DocumentResult {
        Checks.present(annotated, "annotated");
        assertions = Checks.list(assertions, "assertions");
    }
}
