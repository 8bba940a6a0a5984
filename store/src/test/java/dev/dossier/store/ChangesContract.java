package dev.dossier.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dossier.model.Dossier;
import dev.dossier.pipeline.PipelineConfig;
import dev.dossier.store.changes.Change;
import dev.dossier.store.changes.ChangeKind;
import dev.dossier.store.changes.ChangeLog;
import dev.dossier.store.changes.ChangeSet;
import dev.dossier.store.changes.Digest;
import dev.dossier.store.changes.DigestDelta;
import dev.dossier.store.changes.Since;
import dev.dossier.store.jdbc.JdbcDossierStore;
import dev.dossier.store.jdbc.LogRows;
import dev.dossier.store.update.StoreUpdater;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** What every store's revision log must give, run against H2 and PostgreSQL alike. */
final class ChangesContract {
    /** The first commit's time; each later commit comes one hour after the one before. */
    static final Instant START = Instant.parse("2026-12-01T09:00:00Z");

    private ChangesContract() {}

    /**
     * A store built from two articles (a contract and talks), then one delivery report added:
     * changes since the revision before it are the deal's status, the first-delivery slot it
     * filled (the only slot it moved) and the event it reported, each caused by that article.
     */
    static void addingOneArticleReportsExactlyWhatItMoved(DossierStore store) throws Exception {
        StoreUpdater updater = new StoreUpdater(StoreUpdaterTest.STAGES, new PipelineConfig(2), store);
        updater.add(List.of(StoreUpdaterTest.articles("first")));
        long before = store.revision();
        Path delivery = StoreUpdaterTest.articles("second").resolve("004-delivery.txt");
        String added = updater.add(List.of(delivery)).added().get(0);
        ChangeLog log = new ChangeLog(store);
        ChangeSet changes = log.since(before);

        assertEquals(List.of("004-delivery.txt"), changes.added().stream().map(ChangeSet.AddedDocument::source).toList());
        assertEquals(List.of(ChangeKind.DEAL_STATUS_CHANGED, ChangeKind.NEW_SLOT_VALUE, ChangeKind.NEW_EVENT),
                changes.changes().stream().map(Change::kind).toList());
        Change status = changes.changes().get(0);
        assertEquals(Optional.of("ordered"), status.before());
        assertEquals(Optional.of("delivering"), status.after());
        Change slot = changes.changes().get(1);
        assertEquals("first_delivery", slot.item());
        assertEquals(Optional.of("2022-09"), slot.after());
        assertEquals(Optional.of(1), slot.independentAfter());
        assertEquals(Optional.of("Norway → Lithuania NASAMS"), slot.dealLabel());
        changes.changes().forEach(c -> assertEquals(List.of(added), c.causes(), c.describe()));
        assertEquals(Optional.of(START.plus(Duration.ofHours(1))), changes.untilCommitted());

        assertEquals(before, log.revisionOf(Since.parse("2026-12-01T09:30:00Z")), "the last commit before then");
        assertEquals(0, log.revisionOf(Since.parse("2026-12-01")), "nothing was committed before that day");
        assertEquals(List.of(), log.since(store.revision()).changes());
        assertEquals(2, log.recent(0, 10).size());
        assertEquals(changes.changes(), log.recent(0, 10).get(0).changes(), "the newest revision's own entry");
        assertThrows(IllegalArgumentException.class, () -> log.since(store.revision() + 1));
    }

    /**
     * A store built one article at a time (the NASAMS articles and a K2 contract), its log then
     * rewritten with delta rows (the first revision a delta from the empty store, a full row in
     * the middle as the full rebuild path writes): every "changes since" and every feed entry
     * reads as with the full rows it had.
     */
    static void aLogOfDeltasReadsAsTheFullLog(StoreLocation location) throws Exception {
        List<Path> files = new ArrayList<>();
        for (String folder : List.of("first", "second")) {
            try (Stream<Path> listing = Files.list(StoreUpdaterTest.articles(folder))) {
                listing.sorted().forEach(files::add);
            }
        }
        // two deals: a K2 contract among the NASAMS articles, so that an add can leave a deal untouched
        files.add(2, Path.of("..", "examples", "01_meridian-wire_poland-k2-contract.txt"));
        List<Dossier> dossiers = new ArrayList<>();
        List<Long> revisions;
        List<List<String>> added = new ArrayList<>();
        List<Object> expected;
        try (JdbcDossierStore store = JdbcDossierStore.open(location, hourly())) {
            StoreUpdater updater = new StoreUpdater(StoreUpdaterTest.STAGES, new PipelineConfig(2), store);
            for (Path file : files) {
                updater.add(List.of(file));
                dossiers.add(store.dossier());
            }
            revisions = store.loggedRevisions(0, Integer.MAX_VALUE).stream().sorted().toList();
            assertEquals(files.size(), revisions.size(), "one logged revision per add");
            revisions.forEach(r -> added.add(store.loggedRevision(r).orElseThrow().addedDocuments()));
            expected = everyChangeSet(store);
        }

        List<LogRows.Row> rows = new ArrayList<>();
        int untouched = 0;
        for (int i = 0; i < revisions.size(); i++) {
            Optional<Dossier> before = i == 0 ? Optional.empty() : Optional.of(dossiers.get(i - 1));
            Dossier after = dossiers.get(i);
            DigestDelta delta = DossierParts.delta(before, after);
            assertEquals(Digest.of(after), delta.applyTo(before.map(Digest::of).orElse(Digest.EMPTY)));
            untouched += before.map(b -> DossierParts.keys(after).size() - DossierParts.touched(b, after).size())
                    .orElse(0);
            rows.add(i == 2 ? new LogRows.Full(revisions.get(i), added.get(i), after)
                    : new LogRows.Delta(revisions.get(i), added.get(i), delta));
        }
        assertTrue(untouched > 0, "some add should leave a deal key untouched, or each delta is the whole digest");
        LogRows.rewrite(location, hourly(), rows);

        try (JdbcDossierStore store = JdbcDossierStore.open(location, hourly())) {
            assertEquals(expected, everyChangeSet(store));
            assertEquals(Digest.of(dossiers.get(dossiers.size() - 1)),
                    store.loggedRevision(store.revision()).orElseThrow().digest());
        }
    }

    /** Changes since each revision (oldest first), then the feed newest first, whole and by pages. */
    private static List<Object> everyChangeSet(DossierStore store) {
        ChangeLog log = new ChangeLog(store);
        List<Object> sets = new ArrayList<>();
        for (long r = 0; r <= store.revision(); r++) {
            sets.add(log.since(r));
        }
        sets.add(log.recent(0, 100));
        for (long after = store.revision() - 2; after >= 0; after -= 2) {
            sets.add(log.recent(after, 2));
        }
        return sets;
    }

    /** A clock that moves one hour each time it is read (one read per commit). */
    static Clock hourly() {
        return new Clock() {
            private Instant next = START;

            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public synchronized Instant instant() {
                Instant now = next;
                next = next.plus(Duration.ofHours(1));
                return now;
            }
        };
    }
}
