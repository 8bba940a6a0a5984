package dev.dossier.group;

import dev.dossier.group.fingerprint.CopyIndex;
import dev.dossier.group.fingerprint.Fingerprint;
import dev.dossier.group.fingerprint.Fingerprinter;
import dev.dossier.group.fingerprint.TextFolder;
import dev.dossier.group.story.FeatureCounts;
import dev.dossier.group.story.StoryClusterer;
import dev.dossier.group.story.StoryJoiner;
import dev.dossier.model.Document;
import dev.dossier.model.DocumentGroup;
import dev.dossier.model.Grouping;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The group stage: wire groups by seeded MinHash and LSH banding (no all-pairs step), the origin
 * of each text from agency credits spread over its wire group, stories by clustering, and
 * partial reuse. Documents are handled in document-id order and every id is derived from the
 * smallest member's document id ("w-…", "s-…"), so the order of the input does not change the
 * answer. Documents that are not ok, or have an empty body, stand alone. Thread-safe.
 */
public final class MinHashGrouper implements Grouper {
    /** How many texts are fingerprinted at once before their fingerprints go into the copy index. */
    private static final int FINGERPRINT_SLICE = 4096;

    private final GroupingConfig config;
    private final StoryClusterer stories;
    private final ReuseFinder reuseFinder;
    private final PerDocument<Fingerprint> fingerprints;
    private final PerDocument<FeatureCounts> features;
    private final PerDocument<Optional<String>> credits;
    private final boolean remembering;

    public MinHashGrouper() {
        this(GroupingConfig.defaults());
    }

    public MinHashGrouper(GroupingConfig config) {
        this(config, false);
    }

    private MinHashGrouper(GroupingConfig config, boolean remembering) {
        this.config = Objects.requireNonNull(config, "config");
        this.remembering = remembering;
        TextFolder folder = TextFolder.standard();
        Fingerprinter fingerprinter = fingerprinter(config);
        AgencyCredits agencyCredits = AgencyCredits.standard();
        this.stories = new StoryClusterer(config.stories());
        this.reuseFinder = new ReuseFinder(folder, config.paragraphMinWords(), config.quoteMinWords());
        this.fingerprints = new PerDocument<>(d -> fingerprinter.of(d.body()), remembering);
        this.features = new PerDocument<>(d -> stories.features(d.body()), remembering);
        this.credits = new PerDocument<>(agencyCredits::creditOf, remembering);
    }

    /**
     * A grouper with the same answers that keeps each document's fingerprint, story features and
     * agency credit by document id, so that grouping mostly the same documents again (a store's
     * updater, after each add) works them out for the new documents only; the idf, the banding
     * and the linkage still run over every document. Memory grows with the documents it has seen.
     */
    @Override
    public MinHashGrouper remembering() {
        return remembering ? this : new MinHashGrouper(config, true);
    }

    /**
     * The fingerprints this grouper takes under {@code config}: the one definition, so that a
     * distributed job fingerprinting on its workers (the Spark module) gets the very same ones.
     */
    public static Fingerprinter fingerprinter(GroupingConfig config) {
        return new Fingerprinter(TextFolder.standard(), config.shingleWords(), config.copies().bins(),
                config.seed());
    }

    /** Wire groups, origins and stories only: partial reuse, which the grouping does not hold, is not looked for. */
    @Override
    public Grouping group(List<Document> documents) {
        List<Document> readable = readable(documents);
        return grouping(documents, readable, wireComponents(readable));
    }

    /** Wire groups, origins and stories of {@code documents} (in their given order), and partial reuse. */
    public GroupAnalysis analyse(List<Document> documents) {
        List<Document> readable = readable(documents);
        return analyse(documents, readable, wireComponents(readable));
    }

    /**
     * As {@link #analyse(List)}, with the copies already found elsewhere by the same fingerprints
     * and banding (the Spark job does it across partitions): {@code copiesOf} maps a document id to
     * the smallest id among its copies; a readable document it does not name stands alone.
     */
    public GroupAnalysis analyse(List<Document> documents, Map<String, String> copiesOf) {
        List<Document> readable = readable(documents);
        Map<String, String> wireOf = new HashMap<>();
        readable.forEach(d -> wireOf.put(d.id(), copiesOf.getOrDefault(d.id(), d.id())));
        return analyse(documents, readable, wireOf);
    }

    /**
     * Wire groups and origins first, each document its own story there; the stories, the longest
     * part, are clustered when {@link Staged#whole} is called.
     */
    @Override
    public Staged staged(List<Document> documents) {
        List<Document> readable = readable(documents);
        Map<String, String> wireOf = wireComponents(readable);
        Map<String, Optional<String>> originOf = origins(readable, wireOf);
        return new Staged(grouping(documents, wireOf, originOf, Map.of()),
                () -> grouping(documents, wireOf, originOf, storyComponents(readable, wireOf)));
    }

    private GroupAnalysis analyse(List<Document> documents, List<Document> readable, Map<String, String> wireOf) {
        return new GroupAnalysis(grouping(documents, readable, wireOf), reuseFinder.find(readable, wireOf));
    }

    private Grouping grouping(List<Document> documents, List<Document> readable, Map<String, String> wireOf) {
        return grouping(documents, wireOf, origins(readable, wireOf), storyComponents(readable, wireOf));
    }

    /** The grouping of {@code documents}; a document {@code storyOf} does not name is its own story. */
    private static Grouping grouping(List<Document> documents, Map<String, String> wireOf,
            Map<String, Optional<String>> originOf, Map<String, String> storyOf) {
        Map<String, Long> wireSizes = new HashMap<>();
        wireOf.values().forEach(w -> wireSizes.merge(w, 1L, Long::sum));
        List<DocumentGroup> groups = new ArrayList<>(documents.size());
        for (Document d : documents) {
            String wire = wireOf.get(d.id());
            Optional<String> wireGroup = wire != null && wireSizes.get(wire) > 1 ? Optional.of("w-" + wire) : Optional.empty();
            String story = "s-" + storyOf.getOrDefault(d.id(), d.id());
            groups.add(new DocumentGroup(d.id(), wireGroup, originOf.getOrDefault(d.id(), Optional.empty()), story));
        }
        return new Grouping(groups);
    }

    /**
     * Only the partial reuse among {@code documents} (paragraphs and quotations shared across wire
     * groups), without story clustering: cheap enough for reconcile to call on its own.
     */
    public List<Reuse> reuse(List<Document> documents) {
        List<Document> readable = readable(documents);
        return reuseFinder.find(readable, wireComponents(readable));
    }

    /**
     * What a store keeps of {@code document} for {@link #extend}: empty when the document is not
     * readable (not ok, or a blank body), since such a document is grouped with nothing. Its posted
     * terms are its strongest by raw weight alone (no idf is known here); {@link #memos} and
     * {@link #extend} choose them by the idf.
     */
    public Optional<GroupMemo> memo(Document document) {
        if (!isReadable(document)) {
            return Optional.empty();
        }
        GroupMemo memo = bareMemo(document);
        return Optional.of(memo.posting(StoryJoiner.strongestByWeight(memo.terms())));
    }

    /**
     * The memos of the readable {@code documents} as {@code grouping} (theirs, from {@link #group})
     * groups them, their posted terms chosen by the idf over all of them: what a store keeps after
     * grouping everything again (a rebuild).
     */
    public List<GroupMemo> memos(List<Document> documents, Grouping grouping) {
        List<GroupMemo> bare = readable(documents).parallelStream().map(this::bareMemo).toList();
        FamilyFrequency counts = FamilyFrequency.of(bare, grouping.byDocument());
        StoryJoiner joiner = new StoryJoiner(config.stories(), counts.families(), counts.frequency());
        return bare.stream().map(m -> m.posting(joiner.strongest(m.terms()))).toList();
    }

    /**
     * Groups {@code added} against the documents {@code memory} holds, reading of them only what
     * the added documents' candidates need, so that an add costs about the same whatever the
     * store's size. Wire groups and origins are those {@link #group} would give all of them (up
     * to its verifying only a star and a chain of a bucket of more than
     * {@link CopyIndex#smallBucket()} texts); stories come close to them ({@link IncrementalGrouping}).
     * The same memory and the same added documents, in any order, give the same extension. The
     * added documents must not be stored already.
     */
    public Extension extend(GroupMemory memory, List<Document> added) {
        return new IncrementalGrouping(this, memory).extend(added);
    }

    /**
     * What an add changes: the rows of the added documents and of every stored document whose
     * row changes (sorted by document), the added documents' memos (sorted by document; none for
     * a document that is not readable), how the idf's df and n move once these rows are kept
     * (exact: the family frequency the batch would count), the wire families the add makes or
     * changes (sorted by label), and the labels of the stored wire groups merged into another.
     */
    public record Extension(List<DocumentGroup> groups, List<GroupMemo> memos, Map<Long, Integer> frequencyChanges,
            long familiesAdded, List<WireFamily> wireFamilies, List<String> wireGroupsMerged) {
        public Extension {
            groups = List.copyOf(groups);
            memos = List.copyOf(memos);
            frequencyChanges = Map.copyOf(frequencyChanges);
            wireFamilies = List.copyOf(wireFamilies);
            wireGroupsMerged = List.copyOf(wireGroupsMerged);
        }
    }

    /** A memo without posted terms. */
    GroupMemo bareMemo(Document document) {
        Fingerprint f = fingerprints.of(document);
        byte[] signature = f.signature();
        return new GroupMemo(document.id(), signature, f.shingles(),
                GroupMemo.bandKeys(signature, config.copies().bands(), config.copies().rows()), credits.of(document),
                features.of(document).hashed(), new long[0]);
    }

    GroupingConfig config() {
        return config;
    }

    static boolean isReadable(Document d) {
        return d.ok() && !d.body().isBlank();
    }

    private static List<Document> readable(List<Document> documents) {
        return documents.stream()
                .filter(MinHashGrouper::isReadable)
                .sorted(Comparator.comparing(Document::id))
                .toList();
    }

    /**
     * Document id → the smallest document id among its copies (itself when it has none). The texts
     * are fingerprinted in parallel, a slice at a time so that memory holds few fingerprints beyond
     * the index's own copy, and added to the index in order.
     */
    private Map<String, String> wireComponents(List<Document> sorted) {
        CopyIndex index = new CopyIndex(config.copies(), sorted.size());
        for (int from = 0; from < sorted.size(); from += FINGERPRINT_SLICE) {
            sorted.subList(from, Math.min(sorted.size(), from + FINGERPRINT_SLICE)).parallelStream()
                    .map(fingerprints::of)
                    .toList()
                    .forEach(fingerprint -> fingerprint.addTo(index));
        }
        int[] roots = index.components();
        Map<String, String> wireOf = new HashMap<>();
        for (int i = 0; i < roots.length; i++) {
            wireOf.put(sorted.get(i).id(), sorted.get(roots[i]).id());
        }
        return wireOf;
    }

    /**
     * Document id → the smallest document id of its story; copies always share a story, and a
     * family of copies counts as one document in the story features' idf.
     */
    private Map<String, String> storyComponents(List<Document> sorted, Map<String, String> wireOf) {
        Map<String, Integer> indexOf = new HashMap<>();
        for (int i = 0; i < sorted.size(); i++) {
            indexOf.put(sorted.get(i).id(), i);
        }
        int[] copyOf = new int[sorted.size()];
        for (int i = 0; i < sorted.size(); i++) {
            copyOf[i] = indexOf.get(wireOf.get(sorted.get(i).id()));
        }
        int[] clusters = stories.clusterCounted(sorted.parallelStream().map(features::of).toList(), copyOf);
        int[] story = wholeFamilies(clusters, copyOf);
        int[] firstOf = new int[sorted.size()];
        Arrays.fill(firstOf, -1);
        for (int i = 0; i < sorted.size(); i++) {
            if (firstOf[story[i]] < 0) {
                firstOf[story[i]] = i;
            }
        }
        Map<String, String> storyOf = new HashMap<>();
        for (int i = 0; i < sorted.size(); i++) {
            storyOf.put(sorted.get(i).id(), sorted.get(firstOf[story[i]]).id());
        }
        return storyOf;
    }

    /**
     * Each text's story label once copies are kept together: a copy family goes whole to the
     * cluster most of its texts were put in (ties: the smaller label), and no further. Joining every
     * cluster with every family it touched instead chained stories: on a corpus of many
     * near-copies, one variant of a report clustered with one variant of another report joined
     * both whole families, and a few such pairs made one story of everything.
     */
    static int[] wholeFamilies(int[] clusters, int[] copyOf) {
        Map<Integer, Map<Integer, Integer>> votes = new HashMap<>();
        for (int i = 0; i < clusters.length; i++) {
            votes.computeIfAbsent(copyOf[i], f -> new java.util.TreeMap<>()).merge(clusters[i], 1, Integer::sum);
        }
        Map<Integer, Integer> chosen = new HashMap<>();
        votes.forEach((family, counts) -> {
            int best = -1;
            for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
                if (best < 0 || e.getValue() > counts.get(best)) {
                    best = e.getKey();
                }
            }
            chosen.put(family, best);
        });
        int[] story = new int[clusters.length];
        for (int i = 0; i < clusters.length; i++) {
            story[i] = chosen.get(copyOf[i]);
        }
        return story;
    }

    /**
     * Document id → origin: its own credit, else the credit most members of its wire group give
     * (ties to the alphabetically first), else unknown ({@link #groupOrigins}).
     */
    private Map<String, Optional<String>> origins(List<Document> sorted, Map<String, String> wireOf) {
        List<Optional<String>> credited = sorted.parallelStream().map(credits::of).toList();
        Map<String, Map<String, Optional<String>>> byWire = new HashMap<>();
        for (int i = 0; i < sorted.size(); i++) {
            String id = sorted.get(i).id();
            byWire.computeIfAbsent(wireOf.get(id), w -> new HashMap<>()).put(id, credited.get(i));
        }
        Map<String, Optional<String>> originOf = new HashMap<>();
        byWire.values().forEach(group -> originOf.putAll(groupOrigins(group)));
        return originOf;
    }

    /**
     * The origins of the members of one wire group (or of one document alone), from each
     * member's own credit: its own, else the credit most members give (ties to the
     * alphabetically first), else unknown. A credit that abbreviates another credit of the same
     * group ("Meridian", "Meridian News Service") is written out as that one.
     */
    static Map<String, Optional<String>> groupOrigins(Map<String, Optional<String>> creditOf) {
        Map<String, Integer> counts = new java.util.TreeMap<>();
        creditOf.values().forEach(c -> c.ifPresent(credit -> counts.merge(credit, 1, Integer::sum)));
        java.util.SortedSet<String> groupCredits = new java.util.TreeSet<>(counts.keySet());
        Optional<String> byGroup = majorityCredit(counts);
        Map<String, Optional<String>> originOf = new HashMap<>();
        creditOf.forEach((id, c) -> originOf.put(id, c.map(credit -> writtenOut(credit, groupCredits)).or(() -> byGroup)));
        return originOf;
    }

    /**
     * The origin of a wire group's members without a credit: the credit most members give, each
     * written out ({@link #writtenOut}; ties to the alphabetically first), from how many members
     * give each credit as their text has it; empty when none does.
     */
    static Optional<String> majorityCredit(Map<String, Integer> membersByCredit) {
        java.util.SortedSet<String> groupCredits = new java.util.TreeSet<>(membersByCredit.keySet());
        Map<String, Integer> votes = new java.util.TreeMap<>();
        membersByCredit.forEach((credit, members) -> votes.merge(writtenOut(credit, groupCredits), members, Integer::sum));
        return mostVoted(votes);
    }

    /** The key with the most votes, ties to the alphabetically first; empty when there is none. */
    static Optional<String> mostVoted(Map<String, Integer> votes) {
        return votes.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).map(Map.Entry::getKey);
    }

    /** {@code credit} as a group with these credits writes it: the first of them it abbreviates, else itself. */
    static String writtenOut(String credit, java.util.SortedSet<String> groupCredits) {
        return groupCredits.stream()
                .filter(other -> other.length() > credit.length() && AgencyCredits.abbreviates(credit, other))
                .findFirst()
                .orElse(credit);
    }
}
