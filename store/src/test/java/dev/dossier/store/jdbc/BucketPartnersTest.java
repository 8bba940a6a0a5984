package dev.dossier.store.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dossier.group.GroupMemo;
import dev.dossier.group.InMemoryGroupMemory;
import dev.dossier.group.fingerprint.CopyIndex;
import dev.dossier.group.story.StoryTerms;
import dev.dossier.model.DocumentGroup;
import dev.dossier.model.Grouping;
import dev.dossier.store.StoreLocation;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store answers which stored texts a new text is verified against as the in-memory memory
 * does: a small bucket whole, a large one (a family of near-copies sharing a band key) as its star
 * and the new text's neighbours in id order, read off the index without reading the bucket.
 */
class BucketPartnersTest {
    private static final long SHARED = 7L << 40 | 12345L;

    @Test
    void aLargeBucketGivesItsStarAndTheNeighboursAsInMemory(@TempDir Path dir) throws Exception {
        List<GroupMemo> memos = new ArrayList<>();
        List<DocumentGroup> rows = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            String id = String.format("doc-%04d", i * 2);
            long band = i < 10 ? SHARED + 1 : SHARED;
            memos.add(new GroupMemo(id, new byte[8], 40, new long[] {band}, Optional.empty(),
                    new StoryTerms(new long[] {i}, new float[] {1f}), new long[0]));
            rows.add(new DocumentGroup(id, Optional.of("w-doc-0020"), Optional.empty(), "s-doc-0000"));
        }
        StoreLocation location = StoreLocation.embedded(dir);
        Migrations.migrate(location);
        InMemoryGroupMemory expected = InMemoryGroupMemory.of(memos, rows);
        try (Connection connection = DriverManager.getConnection(location.jdbcUrl())) {
            GroupMemoTables tables = new GroupMemoTables(connection, new PartTable(connection, "dossier_state", false));
            tables.rebuild(memos, new Grouping(rows));
            for (String document : List.of("doc-0000", "doc-0021", "doc-0301", "doc-9999", "a-first", "doc-0598")) {
                assertEquals(expected.bucketPartners(SHARED, document), tables.bucketPartners(SHARED, document), document);
                assertEquals(expected.bucketPartners(SHARED + 1, document), tables.bucketPartners(SHARED + 1, document), document);
            }
            assertEquals(java.util.Set.of("doc-0020", "doc-0300", "doc-0302"), tables.bucketPartners(SHARED, "doc-0301"));
            assertTrue(tables.bucketPartners(SHARED + 1, "doc-0301").size() == 10 && 10 < CopyIndex.smallBucket());
            assertEquals(java.util.Set.of(), tables.bucketPartners(SHARED + 2, "doc-0301"));
        }
    }
}
