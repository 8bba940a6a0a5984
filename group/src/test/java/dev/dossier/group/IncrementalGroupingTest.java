package dev.dossier.group;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dossier.group.corpus.CorpusGenerator;
import dev.dossier.group.corpus.SourceArticle;
import dev.dossier.model.Document;
import dev.dossier.model.DocumentGroup;
import dev.dossier.model.DocumentStatus;
import dev.dossier.model.Grouping;
import dev.dossier.model.Metadata;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Incremental grouping ({@link MinHashGrouper#extend}) against the batch grouping of the same documents. */
public class IncrementalGroupingTest {
    private static final MinHashGrouper GROUPER = new MinHashGrouper();

    @Test
    void wireGroupsAndOriginsAddedOneAtATimeAreTheBatchs() {
        List<Document> documents = corpus();
        Grouping batch = GROUPER.group(documents);
        InMemoryGroupMemory memory = addedOneAtATime(documents);

        Map<String, Set<String>> batchWires = wireMembers(batch.groups());
        Map<String, Set<String>> incrementalWires = wireMembers(memory.allGroups());
        assertTrue(batchWires.values().stream().anyMatch(m -> m.size() > 2), "the corpus has wire groups to find");
        for (Document d : documents) {
            DocumentGroup b = batch.of(d.id()).orElseThrow();
            DocumentGroup i = memory.groups(List.of(d.id())).get(d.id());
            assertEquals(batchWires.get(d.id()), incrementalWires.get(d.id()), "copies of " + d.id());
            assertEquals(b.origin(), i.origin(), "origin of " + d.id());
        }
    }

    @Test
    void storiesAddedOneAtATimeAreCloseToTheBatchs() {
        List<Document> documents = corpus();
        Map<String, String> batch = stories(GROUPER.group(documents).groups());
        Map<String, String> incremental = stories(addedOneAtATime(documents).allGroups());

        int half = documents.size() / 2;
        Map<String, String> afterRebuild = stories(addedOneAtATime(rebuilt(documents.subList(0, half)),
                documents.subList(half, documents.size())).allGroups());

        double f1 = Bcubed.f1(incremental, batch);
        double halfF1 = Bcubed.f1(afterRebuild, batch);
        System.out.printf(java.util.Locale.ROOT, "incremental vs batch stories, %d documents: B3 F1 %.3f all added one at a time, "
                + "%.3f half rebuilt then half added one at a time%n", documents.size(), f1, halfF1);
        assertTrue(f1 >= 0.75, "B3 F1 " + f1);
        assertTrue(halfF1 >= 0.95, "B3 F1 after a rebuild " + halfF1);
        Map<String, String> examples = new TreeMap<>(incremental);
        examples.keySet().removeIf(id -> !id.startsWith("0") && !id.startsWith("1"));
        Set<String> exampleStories = new TreeSet<>(examples.values());
        assertTrue(exampleStories.size() < examples.size(), "the examples share stories: " + examples);
    }

    @Test
    void oneAddIsTheSameWhateverTheOrderOfItsDocuments() {
        List<Document> documents = corpus();
        InMemoryGroupMemory stored = addedOneAtATime(documents.subList(0, documents.size() - 40));
        List<Document> added = new ArrayList<>(documents.subList(documents.size() - 40, documents.size()));
        MinHashGrouper.Extension first = GROUPER.extend(stored, added);
        Collections.shuffle(added, new Random(3));
        assertEquals(first, GROUPER.extend(stored, added));
    }

    @Test
    void memosSurviveEncodingAndDecoding() {
        List<Document> documents = new ArrayList<>(examples());
        new CorpusGenerator(5).list(990).forEach(d -> documents.add(Docs.doc(d.id(), d.text())));
        List<GroupMemo> memos = GROUPER.memos(documents, GROUPER.group(documents));
        List<byte[]> encoded = List.of();
        List<GroupMemo> decoded = List.of();
        for (int round = 1; round <= 3; round++) {
            long started = System.nanoTime();
            encoded = memos.stream().map(GroupMemo::encode).toList();
            decoded = encoded.stream().map(GroupMemo::decode).toList();
            System.out.printf(java.util.Locale.ROOT, "round %d: %d memos encoded and decoded in %.1f ms, %.0f bytes each on average%n",
                    round, memos.size(), (System.nanoTime() - started) / 1e6, encoded.stream().mapToInt(b -> b.length).average().orElse(0));
        }
        assertEquals(memos, decoded);
        byte[] otherVersion = encoded.get(0).clone();
        otherVersion[0]++;
        assertThrows(IllegalArgumentException.class, () -> GroupMemo.decode(otherVersion));
        assertTrue(memos.stream().anyMatch(m -> m.credit().isPresent()), "some memo has a credit");
    }

    @Test
    void anAddReadsOnlyItsCandidates() {
        List<Document> generated = new CorpusGenerator(11).list(2001).stream().map(d -> Docs.doc(d.id(), d.text())).toList();
        List<Document> stored = generated.subList(0, 2000);
        Grouping grouping = GROUPER.group(stored);
        InMemoryGroupMemory memory = InMemoryGroupMemory.of(GROUPER.memos(stored, grouping), grouping.groups());
        Document copy = Docs.doc("zz-copy", stored.get(500).body() + "\n\nThe ministry declined to comment further.");

        MinHashGrouper.Extension extension = GROUPER.extend(memory, List.of(copy));

        DocumentGroup row = extension.groups().stream().filter(g -> g.document().equals("zz-copy")).findFirst().orElseThrow();
        DocumentGroup original = grouping.of(stored.get(500).id()).orElseThrow();
        assertEquals(original.wireGroup().orElse("w-" + original.document()), row.wireGroup().orElseThrow());
        System.out.printf("an add of one document to 2,000 read %d memos%n", memory.memosRead());
        assertTrue(memory.memosRead() <= 200, "memos read: " + memory.memosRead());

        long before = memory.memosRead();
        GROUPER.extend(memory, List.of(generated.get(2000)));
        long read = memory.memosRead() - before;
        System.out.printf("an add of one new report to 2,000 read %d memos%n", read);
        assertTrue(read <= 400, "memos read: " + read);
    }

    /** Adds each document alone, in the given order, to an empty memory. */
    public static InMemoryGroupMemory addedOneAtATime(List<Document> documents) {
        return addedOneAtATime(new InMemoryGroupMemory(), documents);
    }

    /** A memory of {@code stored} grouped by the batch, as a store's rebuild leaves it. */
    public static InMemoryGroupMemory rebuilt(List<Document> stored) {
        Grouping grouping = GROUPER.group(stored);
        return InMemoryGroupMemory.of(GROUPER.memos(stored, grouping), grouping.groups());
    }

    /** Adds each document alone, in the given order, to {@code memory}. */
    public static InMemoryGroupMemory addedOneAtATime(InMemoryGroupMemory memory, List<Document> documents) {
        for (Document d : documents) {
            memory.apply(GROUPER.extend(memory, List.of(d)));
        }
        return memory;
    }

    /** The project's examples and 300 generated documents with planted copies, in a shuffled order. */
    private static List<Document> corpus() {
        List<Document> documents = new ArrayList<>(examples());
        new CorpusGenerator(2026).list(300).forEach(d -> documents.add(Docs.doc(d.id(), d.text())));
        Collections.shuffle(documents, new Random(7));
        return documents;
    }

    private static List<Document> examples() {
        Path dir = Path.of(System.getProperty("dossier.root", "..")).resolve("examples");
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().map(IncrementalGroupingTest::example).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Document example(Path file) {
        try {
            SourceArticle a = SourceArticle.parse(file.getFileName().toString(), Files.readString(file));
            Optional<String> outlet = a.header().stream().filter(h -> h.startsWith("outlet:"))
                    .map(h -> h.substring("outlet:".length()).strip()).findFirst();
            Metadata metadata = new Metadata(Optional.empty(), Optional.empty(), outlet, Optional.empty(), Optional.empty(),
                    Optional.empty());
            return new Document(file.getFileName().toString(), file.toString(), metadata, String.join("\n\n", a.paragraphs()),
                    DocumentStatus.OK, Optional.empty());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Set<String>> wireMembers(List<DocumentGroup> groups) {
        Map<String, Set<String>> byLabel = new HashMap<>();
        groups.forEach(g -> byLabel.computeIfAbsent(g.wireGroup().orElse("alone:" + g.document()), w -> new TreeSet<>()).add(g.document()));
        Map<String, Set<String>> of = new HashMap<>();
        groups.forEach(g -> of.put(g.document(), byLabel.get(g.wireGroup().orElse("alone:" + g.document()))));
        return of;
    }

    private static Map<String, String> stories(List<DocumentGroup> groups) {
        Map<String, String> of = new HashMap<>();
        groups.forEach(g -> of.put(g.document(), g.story()));
        return of;
    }
}
