package dev.dossier.store.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dossier.model.Dossier;
import dev.dossier.model.EventType;
import dev.dossier.model.PartialDate;
import dev.dossier.pipeline.DocumentResult;
import dev.dossier.store.search.SearchQuery.HitKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * An index updated many times (scoped adds that bring new articles, give old events new sources,
 * drop events and retype old articles) answers every query exactly as an index rebuilt from the
 * same dossier: the same total, hits, order, snippets and scores to the last bit. The updates
 * leave several segments holding deleted entries, whose statistics the index must not count. Over
 * 1,000 entries, so that blank text and a word in most entries are past the count a search makes
 * itself.
 */
class UpdatedIndexTest {

    @Test
    void anIndexUpdatedManyTimesAnswersAsARebuiltOne() {
        GrowingDossier growing = new GrowingDossier();
        try (LuceneSearchIndex updated = new LuceneSearchIndex()) {
            growing.addArticles(500);
            updated.rebuild(growing.dossier(), growing.results());
            for (int round = 1; round <= 24; round++) {
                List<DocumentResult> added = growing.add(4 + round % 7);
                updated.update(growing.dossier(), added);
                if (round % 8 == 0) {
                    assertTrue(updated.segments() > 1, "segments after round " + round);
                    assertTrue(updated.deletedEntries() > 0, "deleted entries after round " + round);
                    assertAnswersAsRebuilt(updated, growing);
                }
            }
        }
    }

    private static void assertAnswersAsRebuilt(LuceneSearchIndex updated, GrowingDossier growing) {
        try (LuceneSearchIndex rebuilt = new LuceneSearchIndex()) {
            rebuilt.rebuild(growing.dossier(), growing.results());
            Dossier dossier = growing.dossier();
            long entries = dossier.documents().size()
                    + dossier.events().stream().mapToLong(e -> e.sources().size()).sum();
            assertEquals(entries, updated.search(SearchQuery.of("")).total(), "every entry counted");
            for (SearchQuery query : queries()) {
                SearchResults expected = rebuilt.search(query);
                assertTrue(expected.total() > 0 || query.text().contains("norway"), "nothing found: " + query);
                assertEquals(expected, updated.search(query), query.toString());
            }
        }
    }

    /**
     * Words (one in most entries, a phrase, a negation, an or, a prefix, many words, fuzzy words
     * whose terms are weighed together), blank text, filters, pages.
     */
    static List<SearchQuery> queries() {
        List<SearchQuery> queries = new ArrayList<>();
        for (String text : List.of("", "delivered", "gripen", "said", "contract signed", "\"first batch\"",
                "chile -talks", "rafale | leopard", "grip*", "poland delivered leopard tanks",
                "officials said the talks went on", "norway patriot", "leopart~1", "tank~2 said")) {
            queries.add(SearchQuery.of(text));
        }
        queries.add(query("", Optional.empty(), Optional.empty(), Optional.empty(), 40, 30));
        queries.add(query("delivered", Optional.empty(), Optional.empty(), Optional.empty(), 20, 40));
        queries.add(query("", Optional.of(HitKind.DOCUMENT), Optional.of("chile"), Optional.empty(), 0, 50));
        queries.add(query("gripen", Optional.of(HitKind.CLAIM), Optional.empty(), Optional.of(EventType.DELIVERY),
                0, 20));
        queries.add(query("said", Optional.of(HitKind.DOCUMENT), Optional.of("india"), Optional.of(EventType.TALKS),
                0, 20));
        queries.add(new SearchQuery("delivered", Optional.empty(), Optional.empty(), Optional.of("patriot"),
                Optional.empty(), Optional.of(PartialDate.parse("2021")), Optional.of(PartialDate.parse("2022-06")), 0,
                20));
        return queries;
    }

    private static SearchQuery query(String text, Optional<HitKind> kind, Optional<String> country,
            Optional<EventType> type, int offset, int limit) {
        return new SearchQuery(text, kind, country, Optional.empty(), type, Optional.empty(), Optional.empty(), offset,
                limit);
    }
}
