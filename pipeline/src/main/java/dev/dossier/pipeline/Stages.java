package dev.dossier.pipeline;

import dev.dossier.assertion.AssertionReader;
import dev.dossier.assertion.RuleAssertionReader;
import dev.dossier.extract.CascadeExtractor;
import dev.dossier.extract.Extractor;
import dev.dossier.group.Grouper;
import dev.dossier.group.MinHashGrouper;
import dev.dossier.ingest.FileIngestor;
import dev.dossier.ingest.Ingestor;
import dev.dossier.model.Checks;
import dev.dossier.nlp.Annotator;
import dev.dossier.nlp.LanguageAnnotator;
import dev.dossier.reconcile.EvidenceReconciler;
import dev.dossier.reconcile.Reconciler;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** The stage implementations a pipeline runs. The composition root chooses them. */
public record Stages(
        Ingestor ingestor,
        Extractor extractor,
        Annotator annotator,
        AssertionReader assertions,
        Grouper grouper,
        Reconciler reconciler) {

    /**
     * The product's stages: what `dossier analyze`, the store and the Spark job all run. The
     * language layer and the event reader, the two that take long to build (lexicons, automata, a
     * learned model), are built at the same time on two threads; they share no state, and the
     * layers below them have no static initialisers that wait on each other.
     */
    public static Stages defaults() {
        CompletableFuture<Annotator> annotator = CompletableFuture.supplyAsync(LanguageAnnotator::new);
        AssertionReader assertions = new RuleAssertionReader();
        return new Stages(new FileIngestor(), new CascadeExtractor(), joined(annotator), assertions,
                new MinHashGrouper(), new EvidenceReconciler());
    }

    /** What work done on another thread (building a stage, running one) gave, or what it threw. */
    static <T> T joined(CompletableFuture<T> work) {
        try {
            return work.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
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
