package dev.dossier.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dossier.store.changes.ChangeKind;
import dev.dossier.store.changes.ChangeLog;
import dev.dossier.store.changes.Since;
import dev.dossier.store.jdbc.JdbcDossierStore;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The revision log of the embedded store: what one added article moved, and nothing else. */
class ChangesTest {

    @Test
    void addingOneArticleReportsExactlyWhatItMoved() throws Exception {
        try (JdbcDossierStore store = JdbcDossierStore.open(StoreLocation.inMemory("changes-one"),
                ChangesContract.hourly())) {
            ChangesContract.addingOneArticleReportsExactlyWhatItMoved(store);
        }
    }

    @Test
    void aLogOfDeltasReadsAsTheFullLog() throws Exception {
        ChangesContract.aLogOfDeltasReadsAsTheFullLog(StoreLocation.inMemory("changes-deltas"));
    }

    @Test
    void sinceTheEmptyStoreEverythingIsNew() {
        try (JdbcDossierStore store = JdbcDossierStore.open(StoreLocation.inMemory("changes-sample"),
                ChangesContract.hourly())) {
            store.commitAdd(SampleDossier.results(), SampleDossier.dossier());
            var kinds = new ChangeLog(store).since(0).changes().stream().map(c -> c.kind()).distinct().toList();
            assertEquals(List.of(ChangeKind.NEW_DEAL, ChangeKind.NEW_SLOT_VALUE, ChangeKind.NEW_EVENT,
                    ChangeKind.NEW_CONTRADICTION), kinds);
        }
    }

    /** A store written before the log (revision 2, no rows) gets a baseline on its next add. */
    @Test
    void aStoreOlderThanTheLogIsReadFromItsNextAdd() {
        try (JdbcDossierStore store = JdbcDossierStore.open(StoreLocation.inMemory("changes-old"),
                ChangesContract.hourly())) {
            store.putDocuments(SampleDossier.results().subList(0, 1));
            store.putDocuments(SampleDossier.results().subList(1, 3));
            long old = store.revision();
            ChangeLog log = new ChangeLog(store);
            assertThrows(IllegalArgumentException.class, () -> log.since(old - 1));
            store.commitAdd(List.of(), SampleDossier.dossier());
            assertTrue(log.since(old).changes().stream().anyMatch(c -> c.kind() == ChangeKind.NEW_DEAL));
        }
    }

    @Test
    void sinceReadsRevisionsDaysAndInstants() {
        assertEquals(new Since.Revision(12), Since.parse(" 12 "));
        assertEquals(new Since.Moment(Instant.parse("2026-12-01T00:00:00Z")), Since.parse("2026-12-01"));
        assertEquals(new Since.Moment(Instant.parse("2026-12-01T09:30:00Z")), Since.parse("2026-12-01T09:30:00Z"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Since.parse("Monday"));
        assertTrue(e.getMessage().contains("'Monday'"), e.getMessage());
    }
}
