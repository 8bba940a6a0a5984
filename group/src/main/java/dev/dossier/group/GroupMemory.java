package dev.dossier.group;

import dev.dossier.model.DocumentGroup;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What incremental grouping ({@link MinHashGrouper#extend}) reads of the documents already
 * grouped: their {@link GroupMemo}s and grouping rows, found by band key, by posted term and by
 * group, and the counts behind the story idf. A store implements it with queries; a
 * call's cost should depend on what it returns, not on how many documents are stored.
 */
public interface GroupMemory {
    /**
     * The stored documents a new text with this band key ({@link GroupMemo#bandKeys}) is verified
     * against, as the batch's index verifies one bucket: every stored document with the key while
     * the bucket, the new text counted, holds at most {@link dev.dossier.group.fingerprint.CopyIndex#smallBucket()}
     * texts; in a larger bucket the first (smallest id: the star) and the neighbours of
     * {@code document} in id order (the chain). A bucket of near-copies can hold thousands of texts
     * on a large store; this keeps an add's reads to a few per key.
     */
    Set<String> bucketPartners(long bandKey, String document);

    /**
     * For each of these terms ({@link GroupMemo#posted}) posted by at most {@code maxPerTerm} stored
     * documents, those documents; a term posted by more is left out.
     */
    Map<Long, List<String>> postedBy(long[] termHashes, int maxPerTerm);

    /** The memos of those of {@code documents} that have one. */
    Map<String, GroupMemo> memos(Collection<String> documents);

    /** The grouping rows of those of {@code documents} that are stored. */
    Map<String, DocumentGroup> groups(Collection<String> documents);

    /** The documents of a wire group ("w-…"), sorted. */
    List<String> wireMembers(String wireGroup);

    /**
     * What this memory keeps of each of these wire groups ("w-…"), by label. A memory keeps one
     * {@link WireFamily} for every wire group it holds, so that an add joining a group reads the
     * members whose rows change, not all of them.
     */
    Map<String, WireFamily> wireFamilies(Collection<String> wireGroups);

    /** The documents of a wire group whose memo gives this credit ({@link GroupMemo#credit}; empty: none), sorted. */
    List<String> wireMembersCrediting(String wireGroup, Optional<String> credit);

    /** The documents of a wire group that are not in this story, sorted. */
    List<String> wireMembersOutside(String wireGroup, String story);

    /** Up to {@code limit} documents of a story ("s-…"), sorted. */
    List<String> storyMembers(String story, int limit);

    /** How many copy families (wire groups, and documents in none) have a memo: the idf's n. */
    long families();

    /** For each of these term hashes that some family has, in how many families: the idf's df. */
    Map<Long, Integer> familyFrequency(long[] termHashes);
}
