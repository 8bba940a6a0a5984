package dev.dossier.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dossier.model.Dossier;
import dev.dossier.model.Event;
import dev.dossier.model.EventType;
import dev.dossier.model.PartialDate;
import dev.dossier.pipeline.DocumentResult;
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

    /**
     * An index updated from an earlier dossier (without document B, its source of the delivery,
     * and the talks that give the hostile page its event type) answers as one rebuilt from the
     * later: the same hits, snippets, highlights and scores, in the same order.
     */
    @Test
    void anUpdatedIndexAnswersAsARebuiltOne() {
        Dossier full = SampleDossier.dossier();
        Event delivery = SampleDossier.delivery();
        Event fromAOnly = new Event(delivery.id(), delivery.type(), delivery.roles(), delivery.date(),
                delivery.reported(), delivery.dateNote(), delivery.quantity(), delivery.value(), delivery.status(),
                delivery.batch(), List.of(delivery.sources().get(0)), delivery.deal());
        List<DocumentResult> earlierResults = SampleDossier.results().stream()
                .filter(r -> !r.annotated().document().id().equals(SampleDossier.B)).toList();
        Dossier earlier = new Dossier(earlierResults.stream().map(r -> r.annotated().document()).toList(),
                full.grouping(), full.entities(), List.of(SampleDossier.contract(), fromAOnly), full.deals(),
                List.of(), List.of("e1", "e2"), List.of());
        try (LuceneSearchIndex updated = new LuceneSearchIndex()) {
            updated.rebuild(earlier, earlierResults);
            assertEquals(0, updated.search(query("", HitKind.DOCUMENT, null, EventType.TALKS, null)).total());
            updated.update(full, SampleDossier.results().stream()
                    .filter(r -> r.annotated().document().id().equals(SampleDossier.B)).toList());
            List<SearchQuery> queries = List.of(SearchQuery.of(""), SearchQuery.of("received"),
                    SearchQuery.of("gripen fighters"), SearchQuery.of("Chile -script"),
                    query("", HitKind.DOCUMENT, null, EventType.TALKS, null),
                    query("", HitKind.CLAIM, "chile", EventType.DELIVERY, null),
                    query("gripen", HitKind.DOCUMENT, null, null, "2023-06"));
            for (SearchQuery query : queries) {
                assertEquals(INDEX.search(query), updated.search(query), query.toString());
            }
            assertEquals(1, updated.search(query("", HitKind.DOCUMENT, null, EventType.TALKS, null)).total());
        }
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
