package dev.dossier.store.jdbc;

import dev.dossier.group.FamilyFrequency;
import dev.dossier.group.GroupMemo;
import dev.dossier.group.GroupMemory;
import dev.dossier.group.MinHashGrouper;
import dev.dossier.group.WireFamily;
import dev.dossier.model.DocumentGroup;
import dev.dossier.model.Grouping;
import dev.dossier.store.json.RecordJson;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What grouping keeps of each stored document (migrations V5 and V6), read as a {@link GroupMemory}:
 * the memos ({@code group_memo}, with their credit), their LSH band keys ({@code group_band}) and
 * posted story terms ({@code story_posting}), each wire group's {@link WireFamily}
 * ({@code wire_family}), the story terms' frequency over copy families ({@code story_frequency})
 * and the number of families (a {@code dossier_state} row). Every read is by key, so an add reads
 * what its candidates need, whatever the store's size.
 */
final class GroupMemoTables implements GroupMemory {
    private static final String FAMILIES = "story_families";
    private final Connection connection;
    private final PartTable state;

    GroupMemoTables(Connection connection, PartTable state) {
        this.connection = connection;
        this.state = state;
    }

    /** Keeps an add's memos and moves the counts as it says. */
    void keep(MinHashGrouper.Extension extension) throws SQLException {
        insert(extension.memos());
        try (PreparedStatement update = connection.prepareStatement(
                     "UPDATE story_frequency SET families = families + ? WHERE term = ?");
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO story_frequency (term, families) VALUES (?, ?)")) {
            Map<Long, Integer> known = frequency(extension.frequencyChanges().keySet());
            for (Map.Entry<Long, Integer> change : new java.util.TreeMap<>(extension.frequencyChanges()).entrySet()) {
                if (known.containsKey(change.getKey())) {
                    update.setInt(1, change.getValue());
                    update.setLong(2, change.getKey());
                    update.addBatch();
                } else {
                    insert.setLong(1, change.getKey());
                    insert.setInt(2, change.getValue());
                    insert.addBatch();
                }
            }
            update.executeBatch();
            insert.executeBatch();
        }
        Sql.update(connection, "DELETE FROM story_frequency WHERE families <= 0");
        state.putJson(FAMILIES, 3, Long.toString(families() + extension.familiesAdded()));
        List<String> replaced = new ArrayList<>(extension.wireGroupsMerged());
        extension.wireFamilies().forEach(f -> replaced.add(f.label()));
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM wire_family WHERE wire_group = ?")) {
            for (String label : replaced) {
                delete.setString(1, label);
                delete.addBatch();
            }
            delete.executeBatch();
        }
        insertFamilies(extension.wireFamilies());
    }

    /**
     * Works every wire group's family out again from the stored memos and {@code grouping}: for a
     * whole add that kept an extension's memos but wrote the batch's rows, whose labels and
     * stories can differ from the extension's.
     */
    void refillFamilies(Grouping grouping) throws SQLException {
        List<GroupMemo> all = Sql.query(connection, "SELECT memo FROM group_memo", rs -> GroupMemo.decode(rs.getBytes(1)));
        fillFamilies(all, grouping);
    }

    private void fillFamilies(List<GroupMemo> memos, Grouping grouping) throws SQLException {
        Sql.update(connection, "DELETE FROM wire_family");
        insertFamilies(WireFamily.of(memos, grouping.byDocument()));
    }

    private void insertFamilies(List<WireFamily> families) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO wire_family (wire_group, family) VALUES (?, ?)")) {
            for (WireFamily f : families) {
                insert.setString(1, f.label());
                insert.setBytes(2, f.encode());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /**
     * Replaces everything with the memos of every stored document as a whole grouping made them
     * ({@link MinHashGrouper#memos}), and counts n and df from them as the batch does.
     */
    void rebuild(List<GroupMemo> memos, Grouping grouping) throws SQLException {
        for (String table : List.of("group_memo", "group_band", "story_posting", "story_frequency")) {
            Sql.update(connection, "DELETE FROM " + table);
        }
        insert(memos);
        FamilyFrequency counts = FamilyFrequency.of(memos, grouping.byDocument());
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO story_frequency (term, families) VALUES (?, ?)")) {
            for (Map.Entry<Long, Integer> e : counts.frequency().entrySet()) {
                insert.setLong(1, e.getKey());
                insert.setInt(2, e.getValue());
                insert.addBatch();
            }
            insert.executeBatch();
        }
        state.putJson(FAMILIES, 3, Long.toString(counts.families()));
        fillFamilies(memos, grouping);
    }

    private void insert(List<GroupMemo> memos) throws SQLException {
        try (PreparedStatement memo = connection.prepareStatement(
                     "INSERT INTO group_memo (document, memo, credit) VALUES (?, ?, ?)");
             PreparedStatement band = connection.prepareStatement("INSERT INTO group_band (band, document) VALUES (?, ?)");
             PreparedStatement posting = connection.prepareStatement(
                     "INSERT INTO story_posting (term, document) VALUES (?, ?)")) {
            for (GroupMemo m : memos) {
                memo.setString(1, m.document());
                memo.setBytes(2, m.encode());
                memo.setString(3, m.credit().orElse(null));
                memo.addBatch();
                for (long key : m.bandKeys()) {
                    band.setLong(1, key);
                    band.setString(2, m.document());
                    band.addBatch();
                }
                for (long term : m.posted()) {
                    posting.setLong(1, term);
                    posting.setString(2, m.document());
                    posting.addBatch();
                }
            }
            memo.executeBatch();
            band.executeBatch();
            posting.executeBatch();
        }
    }

    @Override
    public Set<String> bucketPartners(long bandKey, String document) {
        int small = dev.dossier.group.fingerprint.CopyIndex.smallBucket();
        // ordered by the whole index key (band, document): H2 reads such a query off the index and
        // stops at the limit; ordered by document alone, or asked for MAX/MIN over a range, it read
        // the whole bucket (3,725 rows for one band of a family of 10,000 copies)
        List<String> first = Sql.query(connection, "SELECT document FROM group_band WHERE band = ?"
                + " ORDER BY band, document FETCH FIRST " + small + " ROWS ONLY", rs -> rs.getString(1), bandKey);
        if (first.size() + 1 <= small) {
            return new TreeSet<>(first);
        }
        Set<String> partners = new TreeSet<>();
        partners.add(first.get(0));
        for (String neighbour : List.of(
                "SELECT document FROM group_band WHERE band = ? AND document < ? ORDER BY band DESC, document DESC",
                "SELECT document FROM group_band WHERE band = ? AND document > ? ORDER BY band, document")) {
            partners.addAll(Sql.query(connection, neighbour + " FETCH FIRST 1 ROWS ONLY", rs -> rs.getString(1),
                    bandKey, document));
        }
        return partners;
    }

    @Override
    public Map<Long, List<String>> postedBy(long[] termHashes, int maxPerTerm) {
        Map<Long, List<String>> byTerm = new HashMap<>();
        Sql.each(connection, "SELECT term, document FROM story_posting WHERE term = ? FETCH FIRST " + (maxPerTerm + 1)
                + " ROWS ONLY", boxed(termHashes),
                rs -> byTerm.computeIfAbsent(rs.getLong(1), t -> new ArrayList<>()).add(rs.getString(2)));
        byTerm.values().removeIf(documents -> documents.size() > maxPerTerm);
        return byTerm;
    }

    @Override
    public Map<String, GroupMemo> memos(Collection<String> documents) {
        Map<String, GroupMemo> found = new HashMap<>();
        Sql.each(connection, "SELECT memo FROM group_memo WHERE document = ?", new TreeSet<>(documents),
                rs -> GroupMemo.decode(rs.getBytes(1))).forEach(m -> found.put(m.document(), m));
        return found;
    }

    @Override
    public Map<String, DocumentGroup> groups(Collection<String> documents) {
        Map<String, DocumentGroup> found = new HashMap<>();
        Sql.each(connection, "SELECT json FROM document_group WHERE document = ?", new TreeSet<>(documents),
                rs -> RecordJson.read(rs.getString(1), DocumentGroup.class)).forEach(g -> found.put(g.document(), g));
        return found;
    }

    @Override
    public List<String> wireMembers(String wireGroup) {
        return Sql.query(connection, "SELECT document FROM document_group WHERE wire_group = ? ORDER BY document",
                rs -> rs.getString(1), wireGroup);
    }

    @Override
    public Map<String, WireFamily> wireFamilies(Collection<String> wireGroups) {
        Map<String, WireFamily> found = new HashMap<>();
        Sql.each(connection, "SELECT wire_group, family FROM wire_family WHERE wire_group = ?", new TreeSet<>(wireGroups),
                rs -> WireFamily.decode(rs.getString(1), rs.getBytes(2))).forEach(f -> found.put(f.label(), f));
        return found;
    }

    @Override
    public List<String> wireMembersCrediting(String wireGroup, Optional<String> credit) {
        String select = "SELECT g.document FROM document_group g JOIN group_memo m ON m.document = g.document"
                + " WHERE g.wire_group = ? AND m.credit ";
        return credit.isPresent()
                ? Sql.query(connection, select + "= ? ORDER BY g.document", rs -> rs.getString(1), wireGroup, credit.get())
                : Sql.query(connection, select + "IS NULL ORDER BY g.document", rs -> rs.getString(1), wireGroup);
    }

    @Override
    public List<String> wireMembersOutside(String wireGroup, String story) {
        return Sql.query(connection, "SELECT document FROM document_group WHERE wire_group = ? AND story <> ?"
                + " ORDER BY document", rs -> rs.getString(1), wireGroup, story);
    }

    @Override
    public List<String> storyMembers(String story, int limit) {
        return Sql.query(connection, "SELECT document FROM document_group WHERE story = ? ORDER BY document"
                + " FETCH FIRST " + Math.max(0, limit) + " ROWS ONLY", rs -> rs.getString(1), story);
    }

    @Override
    public long families() {
        return state.get(FAMILIES).map(Long::parseLong).orElse(0L);
    }

    @Override
    public Map<Long, Integer> familyFrequency(long[] termHashes) {
        return frequency(boxed(termHashes));
    }

    private Map<Long, Integer> frequency(Collection<Long> terms) {
        Map<Long, Integer> found = new HashMap<>();
        Sql.each(connection, "SELECT term, families FROM story_frequency WHERE term = ?", new TreeSet<>(terms),
                rs -> Map.entry(rs.getLong(1), rs.getInt(2))).forEach(e -> found.put(e.getKey(), e.getValue()));
        return found;
    }

    private static List<Long> boxed(long[] values) {
        return Arrays.stream(values).boxed().distinct().sorted().toList();
    }
}
