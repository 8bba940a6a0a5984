package dev.dossier.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dossier.model.EventType;
import dev.dossier.model.PartialDate;
import dev.dossier.store.search.LuceneSearchIndex;
import dev.dossier.store.search.SearchQuery;
import dev.dossier.store.search.SearchQuery.HitKind;
import dev.dossier.store.search.SearchResults;
import dev.dossier.store.search.SearchResults.Hit;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Search over the sample dossier: words, stems, filters, dates, and snippets as plain text. */
class LuceneSearchIndexTest {
    private static final LuceneSearchIndex INDEX = new LuceneSearchIndex();

    @BeforeAll
    static void build() {
        INDEX.rebuild(SampleDossier.dossier(), SampleDossier.results());
    }

    @Test
    void findsDocumentsAndClaimsByStem() {
        SearchResults results = INDEX.search(SearchQuery.of("received"));
        assertEquals(List.of("claim:" + SampleDossier.B, "document:" + SampleDossier.B), keys(results.hits()));
        Hit claim = results.hits().get(0);
        assertEquals(Optional.of("e2"), claim.event());
        assertEquals("received", span(claim.snippet(), claim.highlights().get(0)));
    }

    @Test
    void filtersByKindCountrySystemTypeAndDate() {
        assertEquals(3, INDEX.search(query("", HitKind.DOCUMENT, null, null, null)).total());
        assertEquals(2, INDEX.search(query("", HitKind.CLAIM, "chile", EventType.DELIVERY, null)).total());
        assertEquals(0, INDEX.search(query("", HitKind.CLAIM, "norway", null, null)).total());
        assertEquals(List.of("document:" + SampleDossier.B),
                keys(INDEX.search(query("gripen", HitKind.DOCUMENT, null, null, "2023-06")).hits()));
        assertEquals(1, INDEX.search(query("", HitKind.CLAIM, null, EventType.DELIVERY, "2023-05")).total());
    }

    @Test
    void whateverIsTypedIsAQuery() {
        for (String typed : List.of("\"unclosed", "a AND OR", "((", "*", "-", "<script>")) {
            INDEX.search(SearchQuery.of(typed));
        }
        assertEquals(1, INDEX.search(SearchQuery.of("onerror")).hits().stream()
                .filter(h -> h.kind() == HitKind.DOCUMENT).count());
    }

    private static SearchQuery query(String text, HitKind kind, String country, EventType type, String month) {
        Optional<PartialDate> date = Optional.ofNullable(month).map(PartialDate::parse);
        return new SearchQuery(text, Optional.of(kind), Optional.ofNullable(country), Optional.empty(),
                Optional.ofNullable(type), date, date, 0, 20);
    }

    private static List<String> keys(List<Hit> hits) {
        return hits.stream().map(h -> h.kind().name().toLowerCase(java.util.Locale.ROOT) + ":" + h.document())
                .toList();
    }

    private static String span(String text, dev.dossier.model.Span span) {
        return span.of(text);
    }
}
