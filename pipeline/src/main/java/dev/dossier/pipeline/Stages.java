package dev.dossier.pipeline;

import dev.dossier.assertion.AssertionReader;
import dev.dossier.extract.Extractor;
import dev.dossier.group.Grouper;
import dev.dossier.ingest.Ingestor;
import dev.dossier.model.Checks;
import dev.dossier.nlp.Annotator;
import dev.dossier.reconcile.Reconciler;

/** The stage implementations a pipeline runs. The composition root chooses them. */
public record Stages(
        Ingestor ingestor,
        Extractor extractor,
        Annotator annotator,
        AssertionReader assertions,
        Grouper grouper,
        Reconciler reconciler) {

    /** The product's stages: what `dossier analyze`, the store and the Spark job all run. */
    public static Stages defaults() {
        return new Stages(new dev.dossier.ingest.FileIngestor(), new dev.dossier.extract.CascadeExtractor(),
                new dev.dossier.nlp.LanguageAnnotator(), new dev.dossier.assertion.RuleAssertionReader(),
                new dev.dossier.group.MinHashGrouper(), new dev.dossier.reconcile.EvidenceReconciler());
    }

    /**
     * The same stages, for a long-lived process that assembles mostly the same documents again and
     * again (a store's updater, a server): its grouper keeps what it works out from each document
     * alone ({@link Grouper#remembering}), so that the same answers cost less the next time.
     */
    public Stages remembering() {
        Grouper kept = grouper.remembering();
        return kept == grouper ? this : new Stages(ingestor, extractor, annotator, assertions, kept, reconciler);
    }

    public Stages {
        Checks.present(ingestor, "ingestor");
        Checks.present(extractor, "extractor");
        Checks.present(annotator, "annotator");
        Checks.present(assertions, "assertions");
        Checks.present(grouper, "grouper");
        Checks.present(reconciler, "reconciler");
    }
}
