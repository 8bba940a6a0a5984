package dev.dossier.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dossier.assertion.RuleAssertionReader;
import dev.dossier.extract.CascadeExtractor;
import dev.dossier.group.MinHashGrouper;
import dev.dossier.ingest.FileIngestor;
import dev.dossier.nlp.LanguageAnnotator;
import dev.dossier.pipeline.Pipeline;
import dev.dossier.pipeline.PipelineConfig;
import dev.dossier.pipeline.Progress;
import dev.dossier.pipeline.Stages;
import dev.dossier.store.jdbc.JdbcDossierStore;
import dev.dossier.store.json.RecordJson;
import dev.dossier.store.update.AddResult;
import dev.dossier.store.update.StoreUpdater;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code add A} then {@code add B} gives the dossier that analysing A and B at once gives; adding again changes nothing. */
class StoreUpdaterTest {
    static final Stages STAGES = new Stages(new FileIngestor(), new CascadeExtractor(), new LanguageAnnotator(),
            new RuleAssertionReader(), new MinHashGrouper(), new dev.dossier.reconcile.EvidenceReconciler());

    @Test
    void addingInTwoStepsEqualsAnalysingAtOnce(@TempDir Path dir) throws URISyntaxException {
        Path first = articles("first");
        Path second = articles("second");
        String atOnce = RecordJson.write(new Pipeline(STAGES, new PipelineConfig(2))
                .run(List.of(first, second), Progress.SILENT).dossier());
        try (JdbcDossierStore store = JdbcDossierStore.open(StoreLocation.embedded(dir))) {
            StoreUpdater updater = new StoreUpdater(STAGES, new PipelineConfig(2), store);
            assertEquals(2, updater.add(List.of(first)).added().size());
            AddResult second2 = updater.add(List.of(second));
            assertEquals(3, second2.added().size());
            assertFalse(second2.touchedStories().isEmpty());
            assertEquals(atOnce, RecordJson.write(store.dossier()));
            assertFalse(store.events().isEmpty(), "the stages read no events: the comparison would prove little");
        }
    }

    @Test
    void addingTheSameFilesAgainChangesNothing(@TempDir Path dir) throws URISyntaxException {
        try (JdbcDossierStore store = JdbcDossierStore.open(StoreLocation.embedded(dir))) {
            StoreUpdater updater = new StoreUpdater(STAGES, new PipelineConfig(2), store);
            updater.add(List.of(articles("first")));
            String before = RecordJson.write(store.dossier());
            long revision = store.revision();
            AddResult again = updater.add(List.of(articles("first")));
            assertTrue(again.added().isEmpty());
            assertEquals(2, again.alreadyStored().size());
            assertEquals(revision, store.revision());
            assertEquals(before, RecordJson.write(store.dossier()));
        }
    }

    @Test
    void aStageThatThrowsLeavesTheStoreAsItWas(@TempDir Path dir) throws URISyntaxException {
        Stages broken = new Stages(STAGES.ingestor(), STAGES.extractor(), STAGES.annotator(), STAGES.assertions(),
                STAGES.grouper(), (documents, assertions, grouping) -> {
                    throw new IllegalStateException("reconciler bug");
                });
        try (JdbcDossierStore store = JdbcDossierStore.open(StoreLocation.embedded(dir))) {
            assertThrows(IllegalStateException.class,
                    () -> new StoreUpdater(broken, new PipelineConfig(1), store).add(List.of(articles("first"))));
            assertEquals(0, store.documents().size());
            assertEquals(2, new StoreUpdater(STAGES, new PipelineConfig(1), store).add(List.of(articles("first")))
                    .added().size());
        }
    }

    static Path articles(String folder) throws URISyntaxException {
        return Path.of(StoreUpdaterTest.class.getResource("articles/" + folder).toURI());
    }
}
