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

    public Stages {
        Checks.present(ingestor, "ingestor");
        Checks.present(extractor, "extractor");
        Checks.present(annotator, "annotator");
        Checks.present(assertions, "assertions");
        Checks.present(grouper, "grouper");
        Checks.present(reconciler, "reconciler");
    }
}
