package dev.dossier.group;

import dev.dossier.group.fingerprint.UnionFind;
import dev.dossier.group.story.StoryJoiner;
import dev.dossier.model.Document;
import dev.dossier.model.DocumentGroup;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * One add of {@link MinHashGrouper#extend}. Copies: each added text is verified against the
 * stored and added texts sharing one of its band keys, and the components join the stored wire
 * groups they touch; a group keeps its label, and of two stored groups that merge the smaller
 * label wins, so an add rewrites the rows of the smaller merged groups only. Origins are worked
 * out again for every wire group an added text joined, from the credits its {@link WireFamily}
 * counts. A copy family keeps one story: a family with stored members takes the story most of
 * them have (ties: the smaller label), and its members elsewhere move to it. Of the group
 * keeping its label only the members whose row changes are read. The other added texts are put in
 * stories by {@link StoryJoiner} among the stored texts posting their strongest terms. The
 * idf's df and n are counted exactly: a family an add creates or merges has its terms counted once.
 */
final class IncrementalGrouping {
    /** How many stored texts an added text is compared with for its story, at most ({@link #nearest}). */
    static final int STORY_CANDIDATES = 48;
    private final MinHashGrouper grouper;
    private final GroupMemory memory;
    /** Memos and rows of the stored documents read so far. */
    private final Map<String, GroupMemo> storedMemos = new HashMap<>();
    private final Map<String, DocumentGroup> storedRows = new HashMap<>();
    /** Rows that this add writes, by document. */
    private final Map<String, DocumentGroup> rows = new TreeMap<>();
    private final Map<Long, Integer> frequencyChanges = new HashMap<>();
    private long familiesAdded;
    /** The wire families this add makes or changes, by label, and the stored labels it merges away. */
    private final Map<String, WireFamily> wireFamilies = new TreeMap<>();
    private final List<String> wireGroupsMerged = new ArrayList<>();

    IncrementalGrouping(MinHashGrouper grouper, GroupMemory memory) {
        this.grouper = grouper;
        this.memory = memory;
    }

    MinHashGrouper.Extension extend(List<Document> added) {
        List<Document> sorted = added.stream().sorted(Comparator.comparing(Document::id)).toList();
        sorted.stream().filter(d -> !MinHashGrouper.isReadable(d))
                .forEach(d -> rows.put(d.id(), new DocumentGroup(d.id(), Optional.empty(), Optional.empty(), "s-" + d.id())));
        List<GroupMemo> fresh = sorted.stream().filter(MinHashGrouper::isReadable).toList()
                .parallelStream().map(grouper::bareMemo).toList();
        List<List<String>> components = copies(fresh);
        Map<String, GroupMemo> freshById = new HashMap<>();
        fresh.forEach(m -> freshById.put(m.document(), m));
        List<List<GroupMemo>> freshOnly = new ArrayList<>();
        for (List<String> component : components) {
            List<String> stored = component.stream().filter(id -> !freshById.containsKey(id)).toList();
            List<GroupMemo> mine = component.stream().filter(freshById::containsKey).map(freshById::get).toList();
            if (stored.isEmpty()) {
                freshOnly.add(mine);
                countFamily(mine);
            } else {
                joinStored(stored, mine);
            }
        }
        StoryJoiner joiner = joiner(fresh);
        List<GroupMemo> memos = fresh.stream().map(m -> m.posting(joiner.strongest(m.terms()))).toList();
        storiesOf(freshOnly, memos);
        for (List<GroupMemo> family : freshOnly) {
            if (family.size() > 1) {
                String label = rows.get(family.get(0).document()).wireGroup().orElseThrow();
                wireFamilies.put(label, WireFamily.of(label, family, id -> rows.get(id).story()));
            }
        }
        frequencyChanges.values().removeIf(v -> v == 0);
        return new MinHashGrouper.Extension(new ArrayList<>(rows.values()), memos, frequencyChanges, familiesAdded,
                new ArrayList<>(wireFamilies.values()), wireGroupsMerged.stream().sorted().toList());
    }

    /**
     * The components of verified copies among the added texts and the stored texts sharing a band
     * key with one, as lists of ids (the stored ones standing for their whole wire groups), each
     * with at least one added text, in the order of their smallest added text.
     */
    private List<List<String>> copies(List<GroupMemo> fresh) {
        Map<Long, List<Integer>> freshByKey = new HashMap<>();
        TreeSet<String> candidates = new TreeSet<>();
        for (int i = 0; i < fresh.size(); i++) {
            for (long key : fresh.get(i).bandKeys()) {
                freshByKey.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
            }
            for (long key : fresh.get(i).bandKeys()) {
                candidates.addAll(memory.bucketPartners(key, fresh.get(i).document()));
            }
        }
        fresh.forEach(m -> candidates.remove(m.document()));
        read(candidates);
        List<String> ids = new ArrayList<>();
        fresh.forEach(m -> ids.add(m.document()));
        List<GroupMemo> nodes = new ArrayList<>(fresh);
        for (String id : candidates) {
            if (storedMemos.containsKey(id)) {
                ids.add(id);
                nodes.add(storedMemos.get(id));
            }
        }
        UnionFind copies = new UnionFind(nodes.size());
        Map<String, Integer> byWire = new HashMap<>();
        for (int s = fresh.size(); s < nodes.size(); s++) {
            Optional<String> wire = Optional.ofNullable(storedRows.get(ids.get(s))).flatMap(DocumentGroup::wireGroup);
            if (wire.isPresent()) {
                Integer other = byWire.putIfAbsent(wire.get(), s);
                if (other != null) {
                    copies.union(other, s);
                }
            }
        }
        for (int n = 0; n < nodes.size(); n++) {
            TreeSet<Integer> partners = new TreeSet<>();
            for (long key : nodes.get(n).bandKeys()) {
                for (int f : freshByKey.getOrDefault(key, List.of())) {
                    if (f < n) {
                        partners.add(f);
                    }
                }
            }
            for (int f : partners) {
                if (copies.find(f) != copies.find(n) && copies(nodes.get(f), nodes.get(n))) {
                    copies.union(f, n);
                }
            }
        }
        Map<Integer, List<String>> components = new TreeMap<>();
        int[] roots = copies.roots();
        for (int n = 0; n < nodes.size(); n++) {
            components.computeIfAbsent(roots[n], r -> new ArrayList<>()).add(ids.get(n));
        }
        Set<String> added = new HashSet<>(ids.subList(0, fresh.size()));
        return components.values().stream().filter(c -> c.stream().anyMatch(added::contains)).toList();
    }

    private boolean copies(GroupMemo a, GroupMemo b) {
        return grouper.config().copies().copies(a.signature(), a.shingles(), b.signature(), b.shingles());
    }

    /**
     * Added copies of stored texts: the stored wire groups and lone texts they join become one
     * group under the smallest stored label (or "w-" and the smallest id when no stored group is
     * among them), whose origins are worked out again and whose story is the one most of its
     * stored texts have. The stored groups are known by their {@link WireFamily}: the members of
     * the groups taking another label are read, and of the group keeping its label only those
     * whose origin or story moves, so that joining a family of thousands reads few of them.
     */
    private void joinStored(List<String> storedTouched, List<GroupMemo> mine) {
        TreeSet<String> labels = new TreeSet<>();
        List<String> lone = new ArrayList<>();
        for (String id : storedTouched) {
            Optional<String> wire = storedRows.get(id).wireGroup();
            if (wire.isPresent()) {
                labels.add(wire.get());
            } else {
                lone.add(id);
            }
        }
        Map<String, WireFamily> kept = memory.wireFamilies(labels);
        List<WireFamily> before = new ArrayList<>();
        for (String wire : labels) {
            before.add(Optional.ofNullable(kept.get(wire))
                    .orElseThrow(() -> new IllegalStateException("the group memory keeps no family of " + wire)));
        }
        lone.forEach(id -> before.add(WireFamily.of(id, List.of(storedMemos.get(id)), d -> storedRows.get(d).story())));
        String label = labels.isEmpty()
                ? "w-" + Stream.concat(lone.stream(), mine.stream().map(GroupMemo::document)).min(String::compareTo).orElseThrow()
                : labels.first();
        WireFamily stored = WireFamily.union(label, before);
        String story = stored.majorityStory();
        WireFamily after = WireFamily.union(label, List.of(stored, WireFamily.of(label, mine, d -> story))).inStory(story);
        SortedSet<String> credits = new TreeSet<>(after.credits().keySet());
        Optional<String> byGroup = MinHashGrouper.majorityCredit(after.credits());
        Set<String> changing = new TreeSet<>(lone);
        labels.tailSet(label, false).forEach(wire -> changing.addAll(memory.wireMembers(wire)));
        if (!labels.isEmpty()) {
            changing.addAll(moving(kept.get(label), credits, byGroup, story));
        }
        read(changing);
        for (String id : changing) {
            DocumentGroup row = new DocumentGroup(id, Optional.of(label), originOf(storedMemos.get(id), credits, byGroup), story);
            if (!row.equals(storedRows.get(id))) {
                rows.put(id, row);
            }
        }
        mine.forEach(m -> rows.put(m.document(), new DocumentGroup(m.document(), Optional.of(label),
                originOf(m, credits, byGroup), story)));
        familiesAdded -= before.size();
        before.forEach(family -> LongStream.of(family.terms()).forEach(t -> frequencyChanges.merge(t, -1, Integer::sum)));
        countFamily(after.terms());
        wireFamilies.put(label, after);
        wireGroupsMerged.addAll(labels.tailSet(label, false));
    }

    /**
     * The members of the stored group {@code family}, keeping its label, whose row changes once it
     * has these credits, this majority credit and this story: those whose credit is written out
     * otherwise now, those without a credit when the majority credit moved, those in another story.
     */
    private Set<String> moving(WireFamily family, SortedSet<String> credits, Optional<String> byGroup, String story) {
        Set<String> moving = new TreeSet<>();
        SortedSet<String> had = new TreeSet<>(family.credits().keySet());
        for (String credit : had) {
            if (!MinHashGrouper.writtenOut(credit, had).equals(MinHashGrouper.writtenOut(credit, credits))) {
                moving.addAll(memory.wireMembersCrediting(family.label(), Optional.of(credit)));
            }
        }
        if (family.uncredited() > 0 && !MinHashGrouper.majorityCredit(family.credits()).equals(byGroup)) {
            moving.addAll(memory.wireMembersCrediting(family.label(), Optional.empty()));
        }
        if (family.stories().keySet().stream().anyMatch(s -> !s.equals(story))) {
            moving.addAll(memory.wireMembersOutside(family.label(), story));
        }
        return moving;
    }

    /** A member's origin in a group with these credits ({@link MinHashGrouper#groupOrigins}, from the group's counts). */
    private static Optional<String> originOf(GroupMemo member, SortedSet<String> credits, Optional<String> byGroup) {
        return member.credit().map(c -> MinHashGrouper.writtenOut(c, credits)).or(() -> byGroup);
    }

    /** Counts a new family of these texts in n and df. */
    private void countFamily(List<GroupMemo> family) {
        countFamily(termsOf(family).stream().mapToLong(Long::longValue).toArray());
    }

    /** Counts a new family with these distinct terms in n and df. */
    private void countFamily(long[] terms) {
        familiesAdded++;
        LongStream.of(terms).forEach(t -> frequencyChanges.merge(t, 1, Integer::sum));
    }

    private static Set<Long> termsOf(List<GroupMemo> family) {
        Set<Long> terms = new HashSet<>();
        family.forEach(m -> java.util.Arrays.stream(m.terms().terms()).forEach(terms::add));
        return terms;
    }

    /** The idf once this add is counted, over the terms of the added texts. */
    private StoryJoiner joiner(List<GroupMemo> fresh) {
        return joiner(termsOf(fresh));
    }

    private StoryJoiner joiner(Set<Long> terms) {
        long[] asked = terms.stream().mapToLong(Long::longValue).sorted().toArray();
        Map<Long, Integer> frequency = new HashMap<>(memory.familyFrequency(asked));
        terms.forEach(t -> {
            int df = frequency.getOrDefault(t, 0) + frequencyChanges.getOrDefault(t, 0);
            if (df > 0) {
                frequency.put(t, df);
            } else {
                frequency.remove(t);
            }
        });
        return new StoryJoiner(grouper.config().stories(), memory.families() + familiesAdded, frequency);
    }

    /**
     * Stories of the added families with no stored member: joined to the stored stories of the
     * stored texts that post their strongest terms, or new stories among themselves.
     */
    private void storiesOf(List<List<GroupMemo>> freshOnly, List<GroupMemo> memos) {
        if (freshOnly.isEmpty()) {
            return;
        }
        Map<String, GroupMemo> posted = new HashMap<>();
        memos.forEach(m -> posted.put(m.document(), m));
        List<GroupMemo> added = new ArrayList<>();
        List<Integer> family = new ArrayList<>();
        for (int f = 0; f < freshOnly.size(); f++) {
            for (GroupMemo m : freshOnly.get(f)) {
                added.add(posted.get(m.document()));
                family.add(f);
            }
        }
        long[] asked = added.stream().flatMapToLong(m -> java.util.Arrays.stream(m.posted())).distinct().sorted().toArray();
        Map<Long, List<String>> postings = memory.postedBy(asked, StoryJoiner.maxPosting());
        Set<String> addedIds = new HashSet<>();
        added.forEach(m -> addedIds.add(m.document()));
        TreeSet<String> candidates = new TreeSet<>();
        added.forEach(m -> candidates.addAll(nearest(m, postings, addedIds)));
        read(candidates);
        List<String> stored = candidates.stream().filter(storedMemos::containsKey).toList();
        Set<Long> terms = termsOf(added);
        stored.forEach(id -> java.util.Arrays.stream(storedMemos.get(id).terms().terms()).forEach(terms::add));
        StoryJoiner joiner = joiner(terms);
        List<String> storyLabels = stored.stream().map(this::storyOf).distinct().sorted().toList();
        Map<String, Integer> storyIndex = new HashMap<>();
        storyLabels.forEach(label -> storyIndex.put(label, storyIndex.size()));
        int[] storedStory = stored.stream().mapToInt(id -> storyIndex.get(storyOf(id))).toArray();
        int[] joined = joiner.join(added.stream().map(GroupMemo::terms).toList(), family.stream().mapToInt(Integer::intValue).toArray(),
                stored.stream().map(id -> storedMemos.get(id).terms()).toList(), storedStory);
        for (int i = 0; i < added.size(); i++) {
            String story = joined[i] < 0 ? storyLabels.get(-joined[i] - 1) : "s-" + added.get(joined[i]).document();
            GroupMemo m = added.get(i);
            List<GroupMemo> mine = freshOnly.get(family.get(i));
            Optional<String> wire = mine.size() > 1
                    ? Optional.of("w-" + mine.stream().map(GroupMemo::document).min(String::compareTo).orElseThrow())
                    : Optional.empty();
            Map<String, Optional<String>> creditOf = new HashMap<>();
            mine.forEach(x -> creditOf.put(x.document(), x.credit()));
            rows.put(m.document(), new DocumentGroup(m.document(), wire, MinHashGrouper.groupOrigins(creditOf).get(m.document()), story));
        }
    }

    /**
     * The stored texts an added text is compared with: of those posting one of its strongest terms
     * (in postings of at most {@link StoryJoiner#maxPosting()}, as the batch compares texts), the
     * {@value #STORY_CANDIDATES} sharing the most of them (ties: smaller id). On a large store a
     * term's posting fills up to that bound, and comparing every text in it would make an add's
     * cost grow with the store; the texts sharing most strong terms are the ones a story is
     * joined through.
     */
    private static List<String> nearest(GroupMemo text, Map<Long, List<String>> postings, Set<String> added) {
        Map<String, Integer> shared = new HashMap<>();
        for (long term : text.posted()) {
            postings.getOrDefault(term, List.of()).stream().filter(id -> !added.contains(id))
                    .forEach(id -> shared.merge(id, 1, Integer::sum));
        }
        return shared.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(STORY_CANDIDATES).map(Map.Entry::getKey).toList();
    }

    /** A stored text's story as this add leaves it. */
    private String storyOf(String id) {
        DocumentGroup row = rows.get(id);
        return row != null ? row.story() : storedRows.get(id).story();
    }

    /** Reads the memos and rows of those stored documents not read yet. */
    private void read(java.util.Collection<String> ids) {
        List<String> missing = ids.stream().filter(id -> !storedMemos.containsKey(id)).toList();
        if (!missing.isEmpty()) {
            storedMemos.putAll(memory.memos(missing));
            storedRows.putAll(memory.groups(missing));
        }
    }
}
