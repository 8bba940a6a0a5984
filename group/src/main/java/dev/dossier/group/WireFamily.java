package dev.dossier.group;

import dev.dossier.model.DocumentGroup;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.LongStream;

/**
 * What an add needs of a stored wire group (a copy family) to join it without reading its members:
 * how many members carry each agency credit as their text gives it (a credit abbreviating another
 * is written out only when origins are worked out, and that depends on the whole group), how many
 * carry none, how many are in each story, and the distinct story terms of all of them (the
 * family's count in the idf's df). A {@link GroupMemory} keeps one per wire group; an add says how
 * they move ({@link MinHashGrouper.Extension}). Immutable.
 *
 * @param label      the wire group ("w-…")
 * @param credits    members by raw credit ({@link GroupMemo#credit})
 * @param uncredited members without a credit
 * @param stories    members by story ("s-…")
 * @param terms      the distinct story term hashes of its members, sorted
 */
public record WireFamily(String label, SortedMap<String, Integer> credits, int uncredited,
        SortedMap<String, Integer> stories, long[] terms) {
    /** Bumped whenever {@link #encode()} changes its layout. */
    private static final int VERSION = 1;

    public WireFamily {
        Objects.requireNonNull(label, "label");
        credits = Collections.unmodifiableSortedMap(new TreeMap<>(credits));
        stories = Collections.unmodifiableSortedMap(new TreeMap<>(stories));
        terms = LongStream.of(terms).distinct().sorted().toArray();
    }

    /** The families of the wire groups {@code rows} name, from their members' memos; a text in no wire group has none. */
    public static List<WireFamily> of(Collection<GroupMemo> memos, Map<String, DocumentGroup> rows) {
        Map<String, List<GroupMemo>> byLabel = new TreeMap<>();
        for (GroupMemo m : memos) {
            DocumentGroup row = rows.get(m.document());
            if (row != null && row.wireGroup().isPresent()) {
                byLabel.computeIfAbsent(row.wireGroup().get(), l -> new ArrayList<>()).add(m);
            }
        }
        List<WireFamily> families = new ArrayList<>();
        byLabel.forEach((label, members) -> families.add(of(label, members, id -> rows.get(id).story())));
        return families;
    }

    /** The family of these members under {@code label}, each in the story {@code storyOf} gives it. */
    static WireFamily of(String label, List<GroupMemo> members, Function<String, String> storyOf) {
        TreeMap<String, Integer> credits = new TreeMap<>();
        TreeMap<String, Integer> stories = new TreeMap<>();
        int uncredited = 0;
        for (GroupMemo m : members) {
            if (m.credit().isPresent()) {
                credits.merge(m.credit().get(), 1, Integer::sum);
            } else {
                uncredited++;
            }
            stories.merge(storyOf.apply(m.document()), 1, Integer::sum);
        }
        return new WireFamily(label, credits, uncredited, stories, members.stream()
                .flatMapToLong(m -> LongStream.of(m.terms().terms())).toArray());
    }

    /** These families as one under {@code label}: their counts added up, their terms united. */
    static WireFamily union(String label, List<WireFamily> families) {
        TreeMap<String, Integer> credits = new TreeMap<>();
        TreeMap<String, Integer> stories = new TreeMap<>();
        int uncredited = 0;
        for (WireFamily f : families) {
            f.credits.forEach((credit, n) -> credits.merge(credit, n, Integer::sum));
            f.stories.forEach((story, n) -> stories.merge(story, n, Integer::sum));
            uncredited += f.uncredited;
        }
        return new WireFamily(label, credits, uncredited, stories,
                families.stream().flatMapToLong(f -> LongStream.of(f.terms)).toArray());
    }

    /** How many texts the family has. */
    public int members() {
        return uncredited + credits.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The story most members are in (ties: the smaller label); a family of copies keeps one story. */
    String majorityStory() {
        return MinHashGrouper.mostVoted(stories).orElseThrow();
    }

    /** This family with every member in {@code story}. */
    WireFamily inStory(String story) {
        return new WireFamily(label, credits, uncredited, new TreeMap<>(Map.of(story, members())), terms);
    }

    /** A compact binary form: a version byte, the credit counts, the uncredited count, the story counts and the terms. */
    public byte[] encode() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(32 + 8 * terms.length);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(VERSION);
            writeCounts(out, credits);
            out.writeInt(uncredited);
            writeCounts(out, stories);
            out.writeInt(terms.length);
            for (long term : terms) {
                out.writeLong(term);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The family of wire group {@code label} that {@link #encode()} wrote; throws IllegalArgumentException for other bytes. */
    public static WireFamily decode(String label, byte[] encoded) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(encoded))) {
            int version = in.readUnsignedByte();
            if (version != VERSION) {
                throw new IllegalArgumentException("wire family version " + version + ", this reads " + VERSION);
            }
            TreeMap<String, Integer> credits = readCounts(in);
            int uncredited = in.readInt();
            TreeMap<String, Integer> stories = readCounts(in);
            long[] terms = new long[in.readInt()];
            for (int i = 0; i < terms.length; i++) {
                terms[i] = in.readLong();
            }
            if (in.available() > 0) {
                throw new IllegalArgumentException("wire family of " + encoded.length + " bytes has trailing bytes");
            }
            return new WireFamily(label, credits, uncredited, stories, terms);
        } catch (IOException e) {
            throw new IllegalArgumentException("not a wire family: " + e.getMessage(), e);
        }
    }

    private static void writeCounts(DataOutputStream out, Map<String, Integer> counts) throws IOException {
        out.writeInt(counts.size());
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            out.writeUTF(e.getKey());
            out.writeInt(e.getValue());
        }
    }

    private static TreeMap<String, Integer> readCounts(DataInputStream in) throws IOException {
        TreeMap<String, Integer> counts = new TreeMap<>();
        int size = in.readInt();
        for (int i = 0; i < size; i++) {
            counts.put(in.readUTF(), in.readInt());
        }
        return counts;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WireFamily f && label.equals(f.label) && credits.equals(f.credits)
                && uncredited == f.uncredited && stories.equals(f.stories) && Arrays.equals(terms, f.terms);
    }

    @Override
    public int hashCode() {
        return Objects.hash(label, credits, uncredited, stories, Arrays.hashCode(terms));
    }

    @Override
    public String toString() {
        return "WireFamily[" + label + ", " + members() + " members, credits " + credits + ", " + uncredited
                + " uncredited, stories " + stories + ", " + terms.length + " terms]";
    }
}
