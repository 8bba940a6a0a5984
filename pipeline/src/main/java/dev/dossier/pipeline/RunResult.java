package dev.dossier.pipeline;

import dev.dossier.model.Checks;
import dev.dossier.model.Dossier;
import java.util.List;

/** A finished run: the dossier and the per-document results it was built from. */
public record RunResult(Dossier dossier, List<DocumentResult> documents) {
    public RunResult {
        Checks.present(dossier, "dossier");
        documents = Checks.list(documents, "documents");
    }

    public long failedDocuments() {
        return dossier.documents().stream().filter(d -> !d.ok()).count();
    }
}
