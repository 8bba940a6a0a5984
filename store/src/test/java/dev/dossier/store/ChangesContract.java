package dev.dossier.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.dossier.pipeline.PipelineConfig;
import dev.dossier.store.changes.Change;
import dev.dossier.store.changes.ChangeKind;
import dev.dossier.store.changes.ChangeLog;
import dev.dossier.store.changes.ChangeSet;
import dev.dossier.store.changes.Since;
import dev.dossier.store.update.StoreUpdater;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

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
