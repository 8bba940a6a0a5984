package dev.dossier.app.serve;

import dev.dossier.assertion.RuleAssertionReader;
import dev.dossier.extract.CascadeExtractor;
import dev.dossier.group.MinHashGrouper;
import dev.dossier.ingest.FileIngestor;
import dev.dossier.nlp.LanguageAnnotator;
import dev.dossier.pipeline.Stages;
import dev.dossier.reconcile.EvidenceReconciler;

/** The agreed default stage implementations, as {@code dossier analyze} runs them. */
final class DefaultStages {
    private DefaultStages() {}

    static Stages create() {
        return new Stages(new FileIngestor(), new CascadeExtractor(), new LanguageAnnotator(),
                new RuleAssertionReader(), new MinHashGrouper(), new EvidenceReconciler());
    }
}
