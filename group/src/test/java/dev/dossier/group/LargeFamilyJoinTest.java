package dev.dossier.group;

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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * An add joining a large stored copy family (a wire report reprinted hundreds of times, under
 * several credits, one an abbreviation of another) is exact, and reads the members whose rows
 * change rather than all of them ({@link WireFamily}).
 */
class LargeFamilyJoinTest {
    private static final MinHashGrouper GROUPER = new MinHashGrouper();
    private static final int REUTERS = 100;
    private static final int MERIDIAN = 95;
    private static final int UNCREDITED = 60;

    @Test
    void copiesBringingTheWrittenOutCreditMoveOriginsAndStoriesAsTheBatchDoes() {
        List<Document> stored = storedCorpus();
        Grouping batch = GROUPER.group(stored);
        String family = batch.of(reprint(0).id()).orElseThrow().wireGroup().orElseThrow();
        Map<String, DocumentGroup> rows = inTwoStories(batch, family);
        InMemoryGroupMemory memory = InMemoryGroupMemory.of(GROUPER.memos(stored, batch), rows.values());
        List<Document> added = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            added.add(copy("mns-" + i, "(Meridian)", "Meridian News Service", i));
        }

        MinHashGrouper.Extension extension = GROUPER.extend(memory, added);
        memory.apply(extension);

        List<Document> all = new ArrayList<>(stored);
        all.addAll(added);
        Grouping whole = GROUPER.group(all);
        String majorityStory = rows.get(uncredited(0).id()).story();
        int rewritten = 0;
        for (DocumentGroup before : rows.values()) {
            DocumentGroup after = memory.groups(List.of(before.document())).get(before.document());
            DocumentGroup expected = whole.of(before.document()).orElseThrow();
            assertEquals(expected.origin(), after.origin(), "origin of " + before.document());
            if (before.wireGroup().equals(Optional.of(family))) {
                assertEquals(Optional.of(family), after.wireGroup());
                assertEquals(majorityStory, after.story(), "a copy family keeps the story most of it had");
            } else {
                assertEquals(before, after, "outside the family nothing moves");
            }
            rewritten += before.equals(after) ? 0 : 1;
        }
        for (Document d : added) {
            DocumentGroup row = memory.groups(List.of(d.id())).get(d.id());
            assertEquals(new DocumentGroup(d.id(), Optional.of(family), Optional.of("Meridian News Service"), majorityStory), row);
        }
        assertEquals(Optional.of("Meridian News Service"), memory.groups(List.of(uncredited(0).id())).get(uncredited(0).id()).origin(),
                "the written-out credit now outvotes Reuters");
        long storedRowsWritten = extension.groups().stream().filter(g -> rows.containsKey(g.document())).count();
        assertEquals(rewritten, storedRowsWritten, "the add writes exactly the stored rows that change");
        assertTrue(rewritten >= MERIDIAN + UNCREDITED, "rewritten: " + rewritten);
        assertCountsAreTheBatchs(memory, all);
    }

    @Test
    void aCopyJoiningALargeFamilyReadsFewOfItsMembers() {
        List<Document> stored = storedCorpus();
        Grouping batch = GROUPER.group(stored);
        InMemoryGroupMemory memory = InMemoryGroupMemory.of(GROUPER.memos(stored, batch), batch.groups());
        Document copy = copy("reuters-late", "(Reuters)", "Harbour Post", 9999);
        String family = batch.of(reprint(0).id()).orElseThrow().wireGroup().orElseThrow();

        MinHashGrouper.Extension extension = GROUPER.extend(memory, List.of(copy));
        memory.apply(extension);

        System.out.printf("an add of one copy to a family of %d read %d memos%n", REUTERS + MERIDIAN + UNCREDITED,
                memory.memosRead());
        assertTrue(memory.memosRead() < 40, "memos read: " + memory.memosRead());
        assertEquals(List.of(new DocumentGroup(copy.id(), Optional.of(family), Optional.of("Reuters"),
                batch.of(reprint(0).id()).orElseThrow().story())), extension.groups());
        assertEquals(REUTERS + MERIDIAN + UNCREDITED + 1, memory.wireFamilies(List.of(family)).get(family).members());
        List<Document> all = new ArrayList<>(stored);
        all.add(copy);
        assertCountsAreTheBatchs(memory, all);
    }

    @Test
    void familiesSurviveEncodingAndDecoding() {
        List<Document> stored = storedCorpus();
        Grouping batch = GROUPER.group(stored);
        List<WireFamily> families = WireFamily.of(GROUPER.memos(stored, batch), batch.byDocument());
        WireFamily large = families.stream().max(java.util.Comparator.comparingInt(WireFamily::members)).orElseThrow();
        assertEquals(REUTERS + MERIDIAN + UNCREDITED, large.members());
        assertEquals(Map.of("Meridian", MERIDIAN, "Reuters", REUTERS), large.credits());
        for (WireFamily f : families) {
            assertEquals(f, WireFamily.decode(f.label(), f.encode()));
        }
        assertNotEquals(large, WireFamily.decode("w-other", large.encode()));
    }

    /** The memory's n and df are what the batch counts over every document as the memory groups them. */
    private static void assertCountsAreTheBatchs(InMemoryGroupMemory memory, List<Document> all) {
        Map<String, DocumentGroup> rows = new HashMap<>();
        memory.allGroups().forEach(g -> rows.put(g.document(), g));
        List<GroupMemo> memos = all.stream().map(d -> GROUPER.memo(d).orElseThrow()).toList();
        FamilyFrequency expected = FamilyFrequency.of(memos, rows);
        long[] terms = expected.frequency().keySet().stream().mapToLong(Long::longValue).toArray();
        assertEquals(expected.families(), memory.families());
        assertEquals(expected.frequency(), new TreeMap<>(memory.familyFrequency(terms)));
        Map<String, WireFamily> kept = memory.wireFamilies(rows.values().stream()
                .flatMap(g -> g.wireGroup().stream()).distinct().toList());
        List<WireFamily> counted = WireFamily.of(memos, rows);
        assertEquals(counted, counted.stream().map(f -> kept.get(f.label())).toList(), "the wire families kept");
    }

    /** A wire report reprinted under three credits, among generated reports. */
    private static List<Document> storedCorpus() {
        List<Document> stored = new ArrayList<>();
        for (int i = 0; i < REUTERS; i++) {
            stored.add(reprint(i));
        }
        for (int i = 0; i < MERIDIAN; i++) {
            stored.add(copy("meridian-" + i, "(Meridian)", "Harbour Post", i));
        }
        for (int i = 0; i < UNCREDITED; i++) {
            stored.add(uncredited(i));
        }
        new CorpusGenerator(41).list(150).forEach(d -> stored.add(Docs.doc(d.id(), d.text())));
        return stored;
    }

    private static Document reprint(int i) {
        return copy("reuters-" + i, "(Reuters)", "Harbour Post", i);
    }

    private static Document uncredited(int i) {
        return copy("plain-" + i, "", "Harbour Post", i);
    }

    /** A reprint of the radar report under this dateline credit, with a line of its own. */
    private static Document copy(String id, String credit, String outlet, int n) {
        String body = Docs.RADAR_REPORT.replace("(Reuters)", credit) + "\n\nReprinted in edition " + n + " of the day.";
        return new Document(id, id + ".txt", Metadata.empty().withOutlet(outlet), body, DocumentStatus.OK, Optional.empty());
    }

    /**
     * The batch's rows with 40 members of {@code family} put in another stored story, as a store
     * holds a family whose members were put in stories apart.
     */
    private static Map<String, DocumentGroup> inTwoStories(Grouping batch, String family) {
        Map<String, DocumentGroup> rows = new TreeMap<>();
        String other = batch.groups().stream().filter(g -> g.wireGroup().isEmpty()).findFirst().orElseThrow().story();
        int moved = 0;
        for (DocumentGroup g : batch.groups()) {
            boolean move = g.wireGroup().equals(Optional.of(family)) && g.document().startsWith("reuters-") && moved++ < 40;
            rows.put(g.document(), move ? new DocumentGroup(g.document(), g.wireGroup(), g.origin(), other) : g);
        }
        return rows;
    }
}
