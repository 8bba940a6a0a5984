package dev.dossier.app;

import dev.dossier.assertion.RuleAssertionReader;
import dev.dossier.extract.CascadeExtractor;
import dev.dossier.group.MinHashGrouper;
import dev.dossier.ingest.FileIngestor;
import dev.dossier.nlp.LanguageAnnotator;
import dev.dossier.pipeline.Stages;
import dev.dossier.reconcile.EvidenceReconciler;

/** The one place that names the default implementation of every stage. */
public final class DefaultStages {
    private DefaultStages() {}

    public static Stages create() {
        return new Stages(new FileIngestor(), new CascadeExtractor(), new LanguageAnnotator(),
                new RuleAssertionReader(), new MinHashGrouper(), new EvidenceReconciler());
    }
}
