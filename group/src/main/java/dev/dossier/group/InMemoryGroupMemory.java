package dev.dossier.group;

import dev.dossier.model.DocumentGroup;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A {@link GroupMemory} held in maps, for tests (this module's and a store's) and for a caller
 * without a database. It counts the memos it hands out, to show what an add reads. Not
 * thread-safe.
 */
public final class InMemoryGroupMemory implements GroupMemory {
    private final Map<String, GroupMemo> memos = new HashMap<>();
    private final Map<String, DocumentGroup> rows = new HashMap<>();
    private final Map<Long, TreeSet<String>> byBand = new HashMap<>();
    private final Map<Long, Set<String>> byPosted = new HashMap<>();
    private final Map<String, TreeSet<String>> wires = new HashMap<>();
    private final Map<String, TreeSet<String>> stories = new HashMap<>();
    private final Map<String, WireFamily> wireFamilies = new HashMap<>();
    private final Map<Long, Integer> frequency = new HashMap<>();
    private long families;
    private final AtomicLong memosRead = new AtomicLong();

    /** An empty memory. */
    public InMemoryGroupMemory() {}

    /**
     * The memory of these memos and grouping rows (say, of a batch {@link MinHashGrouper#group}
     * and {@link MinHashGrouper#memos}), with n and df counted from them.
     */
    public static InMemoryGroupMemory of(Collection<GroupMemo> memos, Collection<DocumentGroup> groups) {
        InMemoryGroupMemory memory = new InMemoryGroupMemory();
        memos.forEach(memory::keep);
        groups.forEach(memory::keep);
        WireFamily.of(memos, memory.rows).forEach(f -> memory.wireFamilies.put(f.label(), f));
        FamilyFrequency counts = FamilyFrequency.of(memos, memory.rows);
        memory.families = counts.families();
        memory.frequency.putAll(counts.frequency());
        return memory;
    }

    /** Keeps what an add gave: its memos, its rows, and how n and df move. */
    public void apply(MinHashGrouper.Extension extension) {
        extension.memos().forEach(this::keep);
        extension.groups().forEach(this::keep);
        extension.frequencyChanges().forEach((term, change) -> {
            int df = frequency.getOrDefault(term, 0) + change;
            if (df > 0) {
                frequency.put(term, df);
            } else {
                frequency.remove(term);
            }
        });
        families += extension.familiesAdded();
        extension.wireGroupsMerged().forEach(wireFamilies::remove);
        extension.wireFamilies().forEach(f -> wireFamilies.put(f.label(), f));
    }

    /** How many memos {@link #memos} has handed out so far. */
    public long memosRead() {
        return memosRead.get();
    }

    /** Every row kept, in no particular order. */
    public List<DocumentGroup> allGroups() {
        return new ArrayList<>(rows.values());
    }

    private void keep(GroupMemo memo) {
        memos.put(memo.document(), memo);
        Arrays.stream(memo.bandKeys()).forEach(k -> byBand.computeIfAbsent(k, x -> new TreeSet<>()).add(memo.document()));
        Arrays.stream(memo.posted()).forEach(t -> byPosted.computeIfAbsent(t, x -> new HashSet<>()).add(memo.document()));
    }

    private void keep(DocumentGroup row) {
        DocumentGroup old = rows.put(row.document(), row);
        if (old != null) {
            old.wireGroup().ifPresent(w -> wires.get(w).remove(row.document()));
            stories.get(old.story()).remove(row.document());
        }
        row.wireGroup().ifPresent(w -> wires.computeIfAbsent(w, x -> new TreeSet<>()).add(row.document()));
        stories.computeIfAbsent(row.story(), x -> new TreeSet<>()).add(row.document());
    }

    @Override
    public Set<String> bucketPartners(long bandKey, String document) {
        TreeSet<String> bucket = byBand.getOrDefault(bandKey, new TreeSet<>());
        if (bucket.size() + 1 <= dev.dossier.group.fingerprint.CopyIndex.smallBucket()) {
            return new TreeSet<>(bucket);
        }
        Set<String> partners = new TreeSet<>();
        partners.add(bucket.first());
        Optional.ofNullable(bucket.lower(document)).ifPresent(partners::add);
        Optional.ofNullable(bucket.higher(document)).ifPresent(partners::add);
        return partners;
    }

    @Override
    public Map<Long, List<String>> postedBy(long[] termHashes, int maxPerTerm) {
        Map<Long, List<String>> found = new HashMap<>();
        for (long t : termHashes) {
            Set<String> posting = byPosted.getOrDefault(t, Set.of());
            if (!posting.isEmpty() && posting.size() <= maxPerTerm) {
                found.put(t, List.copyOf(posting));
            }
        }
        return found;
    }

    @Override
    public Map<String, GroupMemo> memos(Collection<String> documents) {
        Map<String, GroupMemo> found = new HashMap<>();
        documents.forEach(id -> {
            GroupMemo m = memos.get(id);
            if (m != null) {
                found.put(id, m);
            }
        });
        memosRead.addAndGet(found.size());
        return found;
    }

    @Override
    public Map<String, DocumentGroup> groups(Collection<String> documents) {
        Map<String, DocumentGroup> found = new HashMap<>();
        documents.forEach(id -> {
            DocumentGroup row = rows.get(id);
            if (row != null) {
                found.put(id, row);
            }
        });
        return found;
    }

    @Override
    public List<String> wireMembers(String wireGroup) {
        return List.copyOf(wires.getOrDefault(wireGroup, new TreeSet<>()));
    }

    @Override
    public Map<String, WireFamily> wireFamilies(Collection<String> wireGroups) {
        Map<String, WireFamily> found = new HashMap<>();
        wireGroups.forEach(w -> Optional.ofNullable(wireFamilies.get(w)).ifPresent(f -> found.put(w, f)));
        return found;
    }

    @Override
    public List<String> wireMembersCrediting(String wireGroup, Optional<String> credit) {
        return wires.getOrDefault(wireGroup, new TreeSet<>()).stream()
                .filter(id -> memos.get(id).credit().equals(credit)).toList();
    }

    @Override
    public List<String> wireMembersOutside(String wireGroup, String story) {
        return wires.getOrDefault(wireGroup, new TreeSet<>()).stream()
                .filter(id -> !rows.get(id).story().equals(story)).toList();
    }

    @Override
    public List<String> storyMembers(String story, int limit) {
        return stories.getOrDefault(story, new TreeSet<>()).stream().limit(limit).toList();
    }

    @Override
    public long families() {
        return families;
    }

    @Override
    public Map<Long, Integer> familyFrequency(long[] termHashes) {
        Map<Long, Integer> found = new HashMap<>();
        for (long t : termHashes) {
            Integer df = frequency.get(t);
            if (df != null) {
                found.put(t, df);
            }
        }
        return found;
    }
}
