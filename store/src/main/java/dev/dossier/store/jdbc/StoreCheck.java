package dev.dossier.store.jdbc;

import dev.dossier.model.Contradiction;
import dev.dossier.model.ContradictionValue;
import dev.dossier.model.Deal;
import dev.dossier.model.DocumentGroup;
import dev.dossier.model.Event;
import dev.dossier.model.EventSource;
import dev.dossier.store.StoreHealth;
import dev.dossier.store.json.RecordJson;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The invariants a store must hold when it opens. The first two are checked at every opening, with
 * a few indexed queries; the others read every stored document and part, and are checked when the
 * last session on the store did not close, or is still open ({@link Sessions}), and after a
 * migration:
 * <ol>
 *   <li>the revision counter is a number, and no document and no log row belongs to a revision
 *       after it (an interrupted revision: rolled back, its rows deleted);</li>
 *   <li>the revision log reaches the counter when the store keeps one (else a baseline row is due);</li>
 *   <li>every stored document's JSON is whole (one cut off cannot be repaired here: opening fails
 *       and says which document and how to remove it);</li>
 *   <li>every document has its group and its postings, every group its document; every event,
 *       deal and contradiction has an order key, refers only to stored documents, events and
 *       deals, and reads back (else the reconciled parts are rebuilt from the documents before
 *       use).</li>
 * </ol>
 * The repairs run in one transaction: they all happen or none does.
 */
final class StoreCheck {
    private final Connection connection;
    private final List<String> repaired = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private boolean baselineDue;

    private StoreCheck(Connection connection) {
        this.connection = connection;
    }

    /**
     * Checks and repairs the store on {@code connection}; {@code display} names it in messages. Its
     * revision counters always; with {@code whole}, every stored document and reconciled part too
     * (after a session that did not close, see {@link Sessions}).
     */
    static Result run(Connection connection, String display, boolean whole) {
        StoreCheck check = new StoreCheck(connection);
        Sql.inTransaction(connection, () -> {
            check.revisions();
            if (whole) {
                check.wholeDocuments(display);
                check.reconciledParts();
            }
            return null;
        });
        return new Result(new StoreHealth(check.repaired, !check.problems.isEmpty(), check.problems), check.baselineDue);
    }

    /** The health found, and whether the revision log lacks a row for the current revision. */
    record Result(StoreHealth health, boolean baselineDue) {}

    private void revisions() throws SQLException {
        Optional<String> stored = strings("SELECT json FROM dossier_state WHERE id = 'revision'").stream().findFirst();
        long documents = longOf("SELECT COALESCE(MAX(revision), 0) FROM document_result");
        long logged = longOf("SELECT COALESCE(MAX(revision), 0) FROM revision_log");
        long revision = stored.flatMap(StoreCheck::parseLong).orElse(-1L);
        if (stored.isPresent() && revision < 0) {
            revision = Math.max(documents, logged);
            Sql.update(connection, "UPDATE dossier_state SET json = ? WHERE id = 'revision'", Long.toString(revision));
            repaired.add("the revision counter was unreadable (" + stored.get() + "); set to " + revision
                    + ", the last revision its documents and log show");
        }
        revision = Math.max(revision, 0);
        if (documents > revision) {
            int removed = Sql.update(connection, "DELETE FROM document_result WHERE revision > ?", revision);
            repaired.add(String.format(Locale.ROOT, "revision %d was interrupted: its %d document(s) were rolled back "
                    + "(add their sources again)", revision + 1, removed));
        }
        if (logged > revision) {
            Sql.update(connection, "DELETE FROM revision_log WHERE revision > ?", revision);
            repaired.add("the revision log went past revision " + revision + " (a revision that never committed); "
                    + "those rows were rolled back");
        }
        baselineDue = revision > 0 && logged > 0 && Math.min(logged, revision) < revision;
    }

    /** A document row whose JSON is cut off cannot be rebuilt here: its source is not kept. */
    private void wholeDocuments(String display) {
        List<String> damaged = Sql.query(connection, "SELECT id, source FROM document_result"
                + " WHERE document_json NOT LIKE '{%}' OR result_json NOT LIKE '{%}' ORDER BY id",
                rs -> rs.getString(1) + " (" + rs.getString(2) + ")");
        if (!damaged.isEmpty()) {
            throw new StoreException("the store at " + display + " holds " + damaged.size() + " damaged document(s), "
                    + "whose stored text is cut off: " + String.join(", ", damaged) + ". Remove each with SQL "
                    + "(DELETE FROM document_result WHERE id = '<id>'), then run `dossier add` on its source again; "
                    + "the next add rebuilds the dossier");
        }
    }

    private void reconciledParts() {
        Set<String> documents = new HashSet<>(strings("SELECT id FROM document_result"));
        long ungrouped = longOf("SELECT COUNT(*) FROM document_result r LEFT JOIN document_group g"
                + " ON g.document = r.id WHERE g.document IS NULL");
        long orphans = longOf("SELECT COUNT(*) FROM document_group g LEFT JOIN document_result r"
                + " ON r.id = g.document WHERE r.id IS NULL");
        if (ungrouped > 0) {
            problems.add(ungrouped + " document(s) have no group (the dossier lags behind its documents)");
        }
        if (orphans > 0) {
            problems.add(orphans + " group row(s) name documents that are not stored");
        }
        for (String table : List.of("dossier_event", "dossier_deal", "dossier_contradiction")) {
            if (longOf("SELECT COUNT(*) FROM " + table + " WHERE order_key IS NULL") > 0) {
                problems.add(table + " was written before parts were kept by scope (they are rebuilt once)");
            }
        }
        int unposted = new PostingTable(connection).unposted().size();
        if (unposted > 0) {
            problems.add(unposted + " document(s) were stored before documents posted their scopes (posted once)");
        }
        try {
            references(documents);
        } catch (StoreException | java.io.UncheckedIOException | IllegalArgumentException e) {
            problems.add("a reconciled part does not read back: " + e.getMessage());
        }
    }

    /** Events cite stored documents; deals list stored events; contradictions name stored deals, events, documents. */
    private void references(Set<String> documents) {
        List<Event> events = all("dossier_event", Event.class);
        List<Deal> deals = all("dossier_deal", Deal.class);
        Set<String> eventIds = new HashSet<>(events.stream().map(Event::id).toList());
        Set<String> dealIds = new HashSet<>(deals.stream().map(Deal::id).toList());
        all("document_group", DocumentGroup.class);
        for (Event e : events) {
            e.sources().stream().map(EventSource::evidence).map(ev -> ev.document()).filter(d -> !documents.contains(d))
                    .findFirst().ifPresent(d -> problems.add("event " + e.id() + " cites document " + d
                            + ", which is not stored"));
            e.deal().filter(d -> !dealIds.contains(d)).ifPresent(d -> problems.add("event " + e.id()
                    + " belongs to deal " + d + ", which is not stored"));
        }
        for (Deal d : deals) {
            d.events().stream().filter(id -> !eventIds.contains(id)).findFirst()
                    .ifPresent(id -> problems.add("deal " + d.id() + " lists event " + id + ", which is not stored"));
        }
        for (Contradiction c : all("dossier_contradiction", Contradiction.class)) {
            boolean dangling = c.deal().filter(d -> !dealIds.contains(d)).isPresent()
                    || c.event().filter(e -> !eventIds.contains(e)).isPresent()
                    || c.values().stream().map(ContradictionValue::sources).flatMap(List::stream)
                            .anyMatch(s -> !documents.contains(s));
            if (dangling) {
                problems.add("contradiction " + c.id() + " names a deal, event or document that is not stored");
            }
        }
    }

    private <T> List<T> all(String table, Class<T> type) {
        return Sql.query(connection, "SELECT json FROM " + table, rs -> RecordJson.read(rs.getString(1), type));
    }

    private List<String> strings(String sql) {
        return Sql.query(connection, sql, rs -> rs.getString(1));
    }

    private long longOf(String sql) {
        return Sql.query(connection, sql, rs -> rs.getLong(1)).get(0);
    }

    private static Optional<Long> parseLong(String text) {
        try {
            return Optional.of(Long.parseLong(text.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
