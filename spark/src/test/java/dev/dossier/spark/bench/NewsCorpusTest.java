package dev.dossier.spark.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dossier.group.MinHashGrouper;
import dev.dossier.model.Document;
import dev.dossier.model.DocumentGroup;
import dev.dossier.model.DocumentStatus;
import dev.dossier.model.Grouping;
import dev.dossier.model.Metadata;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The archive corpus the store bench grows its stores from: deals in runs, told by outlets that do not copy each other. */
class NewsCorpusTest {
    private static final int ARTICLES = 230;
    private final NewsCorpus archive = NewsCorpus.archive(42, ARTICLES);

    @Test
    void theSameSeedAndIndexGiveTheSameArticle() {
        NewsCorpus again = NewsCorpus.archive(42, ARTICLES);
        assertEquals(archive.article(57), again.article(57));
        assertNotEquals(archive.article(57), NewsCorpus.archive(43, ARTICLES).article(57));
    }

    @Test
    void aRunTellsOneDealAndTheNextRunAnother() {
        String first = dealSystem(0);
        for (int i = 0; i < NewsCorpus.RUN; i++) {
            NewsCorpus.Article a = archive.article(i);
            assertTrue(a.headline().contains(first) && a.body().contains(first), "article " + i + " tells the run's deal: " + first);
        }
        NewsCorpus.Article next = archive.article(NewsCorpus.RUN);
        assertTrue(!next.headline().contains(first) && !next.body().contains(first), "the next run tells another deal");
    }

    @Test
    void theLastArticlesFollowUpTheFirstDeals() {
        for (int i = ARTICLES - NewsCorpus.FOLLOW_UPS; i < ARTICLES; i++) {
            int deal = i % NewsCorpus.FIRST_DEALS;
            assertTrue(archive.article(i).headline().contains(dealSystem(deal * NewsCorpus.RUN)),
                    "follow-up " + i + " reports on deal " + deal);
        }
    }

    @Test
    void copiesAreTheReprintsOnly() {
        List<Document> documents = new ArrayList<>();
        Map<String, String> bodies = new HashMap<>();
        for (int i = 0; i < 200; i++) {
            NewsCorpus.Article a = archive.article(i);
            documents.add(new Document(a.id(), a.id() + ".txt", Metadata.empty().withOutlet(a.outlet()),
                    a.headline() + "\n\n" + a.body(), DocumentStatus.OK, Optional.empty()));
            bodies.put(a.id(), a.body());
        }
        Grouping grouping = new MinHashGrouper().group(documents);
        Map<String, List<String>> wires = new HashMap<>();
        for (DocumentGroup g : grouping.groups()) {
            g.wireGroup().ifPresent(w -> wires.computeIfAbsent(w, k -> new ArrayList<>()).add(g.document()));
        }
        assertTrue(wires.size() >= 5, "one article in ten reprints the one before it: " + wires.size() + " wire groups");
        for (List<String> members : wires.values()) {
            assertEquals(1, members.stream().map(bodies::get).distinct().count(), "a wire group holds reprints only: " + members);
        }
    }

    @Test
    void anArchiveTooSmallForItsFollowUpsIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> NewsCorpus.archive(42, 100));
    }

    private String dealSystem(int index) {
        return archive.systemOf(index);
    }
}
