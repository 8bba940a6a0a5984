package dev.dossier.pipeline;

import dev.dossier.model.AnnotatedDocument;
import dev.dossier.model.Assertion;
import dev.dossier.model.Checks;
import java.util.Comparator;
import java.util.List;

/** What the per-document stages made of one document. */
public record DocumentResult(AnnotatedDocument annotated, List<Assertion> assertions) {
    /**
     * The order the cross-document stages read results in: by source, then document id (never the
     * order they arrived in, nor a database's collation).
     */
    public static final Comparator<DocumentResult> IN_PIPELINE_ORDER = Comparator
            .comparing((DocumentResult r) -> r.annotated().document().source())
            .thenComparing(r -> r.annotated().document().id());

    public DocumentResult {
        Checks.present(annotated, "annotated");
        assertions = Checks.list(assertions, "assertions");
    }

    /**
     * What the cross-document stages (group, reconcile) and the dossier read of this result: the
     * document, its sentences and mentions, and its assertions. Tokens, time expressions, amounts,
     * quantities and attributions serve only the per-document stages (the assertions carry what
     * came of them) and are most of a result's memory.
     */
    public DocumentResult reduced() {
        AnnotatedDocument a = annotated;
        return new DocumentResult(new AnnotatedDocument(a.document(), List.of(), a.sentences(), a.mentions(),
                List.of(), List.of(), List.of(), List.of()), assertions);
    }
}
