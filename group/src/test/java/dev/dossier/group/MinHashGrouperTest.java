package dev.dossier.group;

import static dev.dossier.group.Docs.doc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dossier.group.corpus.CorpusGenerator;
import dev.dossier.model.Document;
import dev.dossier.model.DocumentGroup;
import dev.dossier.model.DocumentStatus;
import dev.dossier.model.Grouping;
import dev.dossier.model.Metadata;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MinHashGrouperTest {
    private final MinHashGrouper grouper = new MinHashGrouper();

    /** The reprint drops the dateline and the last paragraph, and writes Türkiye and US spelling. */
    private static final String REPRINT = Docs.RADAR_REPORT
            .replace("ANKARA (Reuters) - ", "")
            .replace("Turkey", "Türkiye").replace("defence", "defense").replace("programme", "program")
            .replace("centre", "center").replace("licence", "license").replace("modernise", "modernize")
            .substring(0, Docs.RADAR_REPORT.indexOf("The ministry did not say") - 20);

    @Test
    void twoCopiesWithARespelledCountryAreOneWireGroupOfTheCreditedAgency() {
        Grouping g = grouper.group(List.of(doc("b", REPRINT), doc("a", Docs.RADAR_REPORT)));

        DocumentGroup original = g.of("a").orElseThrow();
        DocumentGroup reprint = g.of("b").orElseThrow();
        assertEquals(Optional.of("w-a"), original.wireGroup());
        assertEquals(Optional.of("w-a"), reprint.wireGroup());
        assertEquals(Optional.of("Reuters"), original.origin());
        assertEquals(Optional.of("Reuters"), reprint.origin(), "the group shows whose text the reprint is");
        assertEquals(original.story(), reprint.story());
    }

    @Test
    void aWireThatIsNotListedIsKnownByItsDatelineAndWrittenOutAsItsOutlet() {
        String wireText = Docs.RADAR_REPORT.replace("(Reuters)", "(Meridian)");
        Document original = new Document("a", "a.txt", Metadata.empty().withOutlet("Meridian News Service"), wireText,
                DocumentStatus.OK, Optional.empty());
        Document reprint = new Document("b", "b.txt", Metadata.empty().withOutlet("Harbour Post"), wireText,
                DocumentStatus.OK, Optional.empty());

        Grouping g = grouper.group(List.of(original, reprint));

        assertEquals(Optional.of("Meridian News Service"), g.of("a").orElseThrow().origin());
        assertEquals(Optional.of("Meridian News Service"), g.of("b").orElseThrow().origin());
    }

    /** Issue 13: a foreign agency's story and its English rewrite are one origin when the credits say so. */
    @Test
    void anAgencyStoryInItsOwnLanguageAndItsEnglishRewriteHaveOneOrigin() {
        Document russian = new Document("ru", "ru.txt", Metadata.empty().withOutlet("ТАСС"),
                "Первые гаубицы K9 поставлены в Перу в мае, сообщил представитель министерства обороны.",
                DocumentStatus.OK, Optional.empty());
        Document english = new Document("en", "en.txt", Metadata.empty().withOutlet("Harbour Post"),
                "MOSCOW, May 12 (TASS) - The first K9 howitzers were delivered to Peru in May, a defence ministry"
                        + " official said.", DocumentStatus.OK, Optional.empty());

        Grouping g = grouper.group(List.of(russian, english));

        assertEquals(Optional.empty(), g.of("ru").orElseThrow().wireGroup(), "a translation is no copy of the text");
        assertEquals(Optional.of("TASS"), g.of("ru").orElseThrow().origin(), "the agency's own outlet, in Cyrillic");
        assertEquals(Optional.of("TASS"), g.of("en").orElseThrow().origin(), "the rewrite's dateline credit");
    }

    @Test
    void twoDifferentArticlesSharingOneQuoteAreNotCopiesButShareTheQuote() {
        GroupAnalysis analysis = grouper.analyse(
                List.of(doc("a", Docs.RADAR_REPORT), doc("c", Docs.SAME_EVENT_OTHER_ARTICLE)));

        assertEquals(Optional.empty(), analysis.grouping().of("a").orElseThrow().wireGroup());
        assertEquals(Optional.empty(), analysis.grouping().of("c").orElseThrow().wireGroup());
        assertEquals(Optional.empty(), analysis.grouping().of("c").orElseThrow().origin());
        Reuse quote = analysis.reuse().stream().filter(r -> r.kind() == ReuseKind.QUOTE).findFirst().orElseThrow();
        assertEquals(List.of("a", "c"), quote.documents());
        Passage inA = quote.passages().get(0);
        assertTrue(inA.span().of(Docs.RADAR_REPORT).startsWith("This contract strengthens"));
    }

    @Test
    void aRelayedFragmentOfALongerQuoteIsReuse() {
        String relay = "A wire report on Tuesday quoted the deputy minister: \u201Cbrings new skills to our industry "
                + "for many years to come,\u201D he was quoted as saying, without further detail on the contract.";

        List<Reuse> reuse = grouper.reuse(List.of(doc("a", Docs.RADAR_REPORT), doc("r", relay)));

        assertEquals(List.of(ReuseKind.QUOTE), reuse.stream().map(Reuse::kind).toList());
        assertEquals(List.of("a", "r"), reuse.get(0).documents());
    }

    @Test
    void aSingletonHasNoWireGroupButAStory() {
        DocumentGroup only = grouper.group(List.of(doc("a", Docs.RADAR_REPORT))).of("a").orElseThrow();

        assertEquals(Optional.empty(), only.wireGroup());
        assertEquals("s-a", only.story());
    }

    @Test
    void aFailedDocumentStandsAlone() {
        Document failed = new Document("f", "f.html", Metadata.empty(), "", DocumentStatus.FAILED,
                Optional.of("unreadable"));

        Grouping g = grouper.group(List.of(failed, doc("a", Docs.RADAR_REPORT), doc("b", REPRINT)));

        assertEquals(new DocumentGroup("f", Optional.empty(), Optional.empty(), "s-f"), g.of("f").orElseThrow());
        assertEquals(List.of("f", "a", "b"), g.groups().stream().map(DocumentGroup::document).toList());
    }

    @Test
    void theOrderOfInputDocumentsDoesNotChangeGroups() {
        List<Document> documents = new ArrayList<>(new CorpusGenerator(7).documents(120)
                .map(d -> doc(d.id(), d.text())).toList());
        var expected = grouper.group(documents).byDocument();

        Collections.shuffle(documents, new Random(3));
        var shuffled = grouper.group(documents).byDocument();

        assertEquals(expected, shuffled);
        assertNotEquals(expected.size(), expected.values().stream().map(DocumentGroup::wireGroup).distinct().count(),
                "the generated corpus has copies");
    }

    @Test
    void theGroupsDoNotDependOnHowManyThreadsWorkOnThem() throws Exception {
        List<Document> documents = new CorpusGenerator(11).documents(150).map(d -> doc(d.id(), d.text())).toList();
        var oneThread = new java.util.concurrent.ForkJoinPool(1);
        var fourThreads = new java.util.concurrent.ForkJoinPool(4);
        try {
            Grouping alone = oneThread.submit(() -> grouper.group(documents)).get();
            Grouping shared = fourThreads.submit(() -> grouper.group(documents)).get();

            assertEquals(alone, shared);
            assertNotEquals(documents.size(), alone.groups().stream().map(DocumentGroup::story).distinct().count(),
                    "the generated corpus has stories of several documents");
        } finally {
            oneThread.shutdown();
            fourThreads.shutdown();
        }
    }

    /** A pipeline reconciles on the staged copies while the stories are clustered on another thread. */
    @Test
    void theStagedCopiesHaveTheWholeGroupingsWireGroupsAndOriginsAndTheirWholeIsTheGrouping() {
        List<Document> documents = new ArrayList<>(new CorpusGenerator(11).documents(150)
                .map(d -> doc(d.id(), d.text())).toList());
        documents.add(doc("radar-a", Docs.RADAR_REPORT));
        documents.add(doc("radar-b", REPRINT));
        Grouping expected = grouper.group(documents);

        Grouper.Staged staged = grouper.staged(documents);

        assertEquals(expected, staged.whole().get());
        List<DocumentGroup> copies = staged.copies().groups();
        assertEquals(expected.groups().stream().map(g -> List.of(g.document(), g.wireGroup(), g.origin())).toList(),
                copies.stream().map(g -> List.of(g.document(), g.wireGroup(), g.origin())).toList());
        assertTrue(copies.stream().allMatch(g -> g.story().equals("s-" + g.document())), "each its own story");
        assertEquals(Optional.of("Reuters"), staged.copies().of("radar-b").orElseThrow().origin());
        assertNotEquals(documents.size(), expected.groups().stream().map(DocumentGroup::story).distinct().count(),
                "the whole grouping has stories of several documents");
    }

    /** A store's updater groups the stored documents again after each add, keeping what it worked out per document. */
    @Test
    void aRememberingGrouperGivesTheAnswersOfAFreshOneAsDocumentsAreAdded() {
        List<Document> corpus = new CorpusGenerator(11).documents(90).map(d -> doc(d.id(), d.text())).toList();
        MinHashGrouper remembering = grouper.remembering();
        for (int size : new int[] {30, 60, 90}) {
            List<Document> stored = corpus.subList(0, size);

            assertEquals(grouper.group(stored), remembering.group(stored), size + " documents");
        }
        assertNotEquals(90, grouper.group(corpus).groups().stream().map(DocumentGroup::story).distinct().count(),
                "the generated corpus has stories of several documents");
    }

    @Test
    void aRememberingGrouperWorksOutADocumentAgainWhenItsTextChangesUnderTheSameId() {
        MinHashGrouper remembering = grouper.remembering();
        remembering.group(List.of(doc("a", Docs.RADAR_REPORT), doc("b", Docs.SAME_EVENT_OTHER_ARTICLE)));

        List<Document> changed = List.of(doc("a", Docs.RADAR_REPORT), doc("b", REPRINT));

        assertEquals(Optional.of("w-a"), remembering.group(changed).of("b").orElseThrow().wireGroup());
        assertEquals(grouper.group(changed), remembering.group(changed));
    }
}
