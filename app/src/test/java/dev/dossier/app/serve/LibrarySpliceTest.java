package dev.dossier.app.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.dossier.assertion.RuleAssertionReader;
import dev.dossier.extract.CascadeExtractor;
import dev.dossier.group.MinHashGrouper;
import dev.dossier.ingest.FileIngestor;
import dev.dossier.model.Dossier;
import dev.dossier.model.EventType;
import dev.dossier.model.PartialDate;
import dev.dossier.model.RawDocument;
import dev.dossier.nlp.LanguageAnnotator;
import dev.dossier.pipeline.Pipeline;
import dev.dossier.pipeline.PipelineConfig;
import dev.dossier.pipeline.Stages;
import dev.dossier.reconcile.EvidenceReconciler;
import dev.dossier.store.StoreLocation;
import dev.dossier.store.jdbc.JdbcDossierStore;
import dev.dossier.store.json.RecordJson;
import dev.dossier.store.search.LuceneSearchIndex;
import dev.dossier.store.search.SearchQuery;
import dev.dossier.store.search.SearchQuery.HitKind;
import dev.dossier.store.update.AddResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * After each add the library's snapshot is the dossier the store gives read afresh, and its
 * search index answers as one rebuilt from the store, whether the add was spliced in (scoped)
 * or reloaded whole: the project's examples and the store's test articles, added a few at a time.
 */
class LibrarySpliceTest {
    private static final Stages STAGES = new Stages(new FileIngestor(), new CascadeExtractor(), new LanguageAnnotator(),
            new RuleAssertionReader(), new MinHashGrouper(), new EvidenceReconciler());

    @Test
    void aSplicedSnapshotIsTheStoreReadAfresh(@TempDir Path dir) throws Exception {
        List<RawDocument> raws = articles();
        int scoped = 0;
        try (JdbcDossierStore store = JdbcDossierStore.open(StoreLocation.embedded(dir));
             Library library = new Library(store, STAGES)) {
            int[] batches = {3, 1, 2, 1, 3, 2, 1, 2};
            int from = 0;
            for (int size : batches) {
                List<RawDocument> batch = raws.subList(from, Math.min(raws.size(), from + size));
                from += size;
                AddResult result = library.add(batch);
                // numbered ids ("e1") collide across the reconciles of several scopes: scoped adds need content ids (r7-ids)
                assumeFalse(store.events().stream().anyMatch(e -> e.id().matches("e[0-9]+")),
                        "event ids are numbered over one reconcile");
                assertFalse(result.added().isEmpty(), "batch from " + batch.get(0).source());
                scoped += result.scoping().isPresent() ? 1 : 0;
                assertSameDossier(store.dossier(), library.snapshot().dossier(), "after adding " + result.added());
                assertEquals(store.revision(), library.revision());
                assertSearchesAsRebuilt(store, library);
            }
            assertEquals(raws.size(), from, "every article was added");
            assertFalse(store.events().isEmpty(), "the stages read no events: the comparison would prove little");
        }
        assertTrue(scoped >= 4, "most adds after the first are scoped, so the splice is what is tested: " + scoped);
    }

    /** Part by part, so that a failure says which part differs; then the whole, byte for byte. */
    private static void assertSameDossier(Dossier expected, Dossier actual, String when) {
        List<Function<Dossier, Object>> parts = List.of(Dossier::documents, Dossier::grouping, Dossier::entities,
                Dossier::events, Dossier::deals, Dossier::contradictions, Dossier::timeline, Dossier::undated);
        for (int i = 0; i < parts.size(); i++) {
            String want = RecordJson.write(parts.get(i).apply(expected));
            String got = RecordJson.write(parts.get(i).apply(actual));
            int at = 0;
            while (at < Math.min(want.length(), got.length()) && want.charAt(at) == got.charAt(at)) {
                at++;
            }
            int from = Math.max(0, at - 200);
            assertEquals(want.substring(from, Math.min(want.length(), at + 200)),
                    got.substring(from, Math.min(got.length(), at + 200)), "part " + i + " " + when);
        }
        assertEquals(RecordJson.write(expected), RecordJson.write(actual), when);
    }

    /** Hits (order, snippets, highlights and scores) equal to those of an index rebuilt from the store. */
    private static void assertSearchesAsRebuilt(JdbcDossierStore store, Library library) {
        try (LuceneSearchIndex rebuilt = new LuceneSearchIndex()) {
            rebuilt.rebuild(store.dossier(), store.documentResults());
            Optional<PartialDate> year = Optional.of(PartialDate.parse("2022"));
            List<SearchQuery> queries = List.of(SearchQuery.of(""), SearchQuery.of("K2 tanks"),
                    SearchQuery.of("delivered | delivery"), SearchQuery.of("\"second contract\""),
                    SearchQuery.of("Poland -denies"),
                    new SearchQuery("", Optional.of(HitKind.CLAIM), Optional.of("poland"), Optional.empty(),
                            Optional.of(EventType.DELIVERY), Optional.empty(), Optional.empty(), 0, 50),
                    new SearchQuery("contract", Optional.of(HitKind.DOCUMENT), Optional.empty(), Optional.of("k2"),
                            Optional.empty(), year, year, 0, 50),
                    new SearchQuery("order", Optional.empty(), Optional.empty(), Optional.empty(),
                            Optional.of(EventType.CONTRACT_SIGNED), Optional.empty(), Optional.empty(), 2, 10));
            for (SearchQuery query : queries) {
                assertEquals(rebuilt.search(query), library.search(query), query.toString());
            }
        }
    }

    /** The examples, then the store's test articles, in a fixed order that mixes their systems. */
    private static List<RawDocument> articles() throws Exception {
        Pipeline pipeline = new Pipeline(STAGES, PipelineConfig.defaults());
        Path examples = Path.of(System.getProperty("dossier.root", "..")).resolve("examples");
        List<RawDocument> raws = new ArrayList<>(pipeline.ingest(List.of(examples)));
        for (String folder : List.of("first", "second")) {
            raws.addAll(pipeline.ingest(List.of(Path.of(LibrarySpliceTest.class
                    .getResource("/dev/dossier/store/articles/" + folder).toURI()))));
        }
        return raws;
    }
}
