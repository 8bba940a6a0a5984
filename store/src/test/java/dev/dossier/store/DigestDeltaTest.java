package dev.dossier.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dossier.model.Dossier;
import dev.dossier.pipeline.Pipeline;
import dev.dossier.pipeline.PipelineConfig;
import dev.dossier.pipeline.Progress;
import dev.dossier.store.changes.Digest;
import dev.dossier.store.changes.DigestDelta;
import dev.dossier.store.json.RecordJson;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A revision logged as a delta of the parts it touched, applied to the whole digest before it,
 * gives the digest of the whole dossier after it: on the project's example articles (a contract,
 * its deliveries, a second contract, a denial, several deal keys). {@code ChangesContract} checks
 * the same of each add of a store, one article at a time.
 */
class DigestDeltaTest {
    private static final Path EXAMPLES = Path.of("..", "examples");

    /** Each deal key's parts added to the rest of the dossier, or taken out of it. */
    @Test
    void oneDealKeysPartsAddedOrRemovedGiveTheWholeDigest() {
        Dossier whole = new Pipeline(StoreUpdaterTest.STAGES, new PipelineConfig(2))
                .run(List.of(EXAMPLES), Progress.SILENT).dossier();
        Set<String> keys = DossierParts.keys(whole);
        assertTrue(keys.size() >= 2, "the examples should hold several deal keys: " + keys);
        Digest all = Digest.of(whole);
        for (String key : keys) {
            Digest rest = Digest.of(DossierParts.without(whole, Set.of(key)));
            Digest part = Digest.of(DossierParts.only(whole, Set.of(key)));
            assertTrue(!part.events().isEmpty() && part.deals().size() == 1, key);

            DigestDelta adding = DigestDelta.of(Digest.EMPTY, part);
            assertEquals(all, adding.applyTo(rest), "adding " + key);
            DigestDelta removing = DigestDelta.of(part, Digest.EMPTY);
            assertEquals(List.of(key), removing.removedDeals());
            assertEquals(rest, removing.applyTo(all), "removing " + key);
            assertEquals(adding, RecordJson.read(RecordJson.write(adding), DigestDelta.class));
        }
    }
}
