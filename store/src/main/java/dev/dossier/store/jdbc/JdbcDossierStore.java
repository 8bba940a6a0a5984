package dev.dossier.store.jdbc;

import dev.dossier.model.AnnotatedDocument;
import dev.dossier.model.Assertion;
import dev.dossier.model.Checks;
import dev.dossier.model.Contradiction;
import dev.dossier.model.Deal;
import dev.dossier.model.Document;
import dev.dossier.model.DocumentGroup;
import dev.dossier.model.Dossier;
import dev.dossier.model.Entity;
import dev.dossier.model.Event;
import dev.dossier.model.Grouping;
import dev.dossier.model.Reconciliation;
import dev.dossier.pipeline.DocumentResult;
import dev.dossier.group.GroupMemo;
import dev.dossier.group.GroupMemory;
import dev.dossier.group.MinHashGrouper;
import dev.dossier.store.ScopedAdd;
import dev.dossier.store.changes.Digest;
import dev.dossier.store.changes.DigestDelta;
import dev.dossier.reconcile.Scopes;
import dev.dossier.store.DossierStore;
import dev.dossier.store.StoreHealth;
import dev.dossier.store.StoreLocation;
import dev.dossier.store.json.RecordJson;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.OptionalLong;
import dev.dossier.store.changes.LoggedRevision;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * A {@link DossierStore} over JDBC: the embedded H2 default or PostgreSQL, one schema for both
 * (Flyway migrations under {@code dev/dossier/store/migration}). One connection, used by one
 * thread at a time; every write is one transaction.
 */
public final class JdbcDossierStore implements DossierStore {
    /** How many units of work are open on this connection: only the outermost commits. */
    private int transactionDepth;
    private static final String DOCUMENT_COLUMNS = "id, source, status, revision, document_json, result_json";
    /** The posting every document has, whatever its claims. */
    private static final String POSTED = "document";
    /** The state row saying every stored document's grouping memo is kept (a whole add with memos wrote them). */
    private static final String MEMOS_KEPT = "memos_kept";

    private final StoreLocation location;
    private final Connection connection;
    private final PartTable groups;
    private final PartTable entities;
    private final ScopedPartTable events;
    private final ScopedPartTable deals;
    private final ScopedPartTable contradictions;
    private final PartTable state;
    private final PostingTable postings;
    private final GroupMemoTables memos;
    private final Sessions sessions;
    private final RevisionLog log;
    /** Stored results already parsed, by document id (see {@link #documentResults()}). */
    private final Map<String, DocumentResult> parsed = new HashMap<>();
    /** What the self-check found on opening; reconciled again once an add or save has rebuilt the parts. */
    private StoreHealth health = StoreHealth.SOUND;

    private JdbcDossierStore(StoreLocation location, Connection connection, Clock clock) {
        this.location = location;
        this.connection = connection;
        this.log = new RevisionLog(connection, clock);
        this.groups = new PartTable(connection, "document_group", true);
        this.entities = new PartTable(connection, "dossier_entity", false);
        this.events = new ScopedPartTable(connection, "dossier_event");
        this.deals = new ScopedPartTable(connection, "dossier_deal");
        this.contradictions = new ScopedPartTable(connection, "dossier_contradiction");
        this.postings = new PostingTable(connection);
        this.state = new PartTable(connection, "dossier_state", false);
        this.memos = new GroupMemoTables(connection, state);
        this.sessions = new Sessions(connection);
    }

    /** Opens (and creates or migrates) the store at {@code location}; commits are timed by the system clock (UTC). */
    public static JdbcDossierStore open(StoreLocation location) {
        return open(location, Clock.systemUTC());
    }

    /**
     * Opens (and creates or migrates) the store at {@code location}; {@code clock} times each commit
     * in the revision log. The store checks itself first ({@link StoreCheck}): what it can repair
     * it repairs (see {@link #health}); what it cannot, fails the opening with a
     * {@link StoreException} that says what is wrong and how to repair it.
     */
    public static JdbcDossierStore open(StoreLocation location, Clock clock) {
        Checks.present(location, "location");
        Checks.present(clock, "clock");
        Connection connection;
        try {
            Properties properties = new Properties();
            location.user().ifPresent(u -> properties.setProperty("user", u));
            location.password().ifPresent(p -> properties.setProperty("password", p));
            connection = DriverManager.getConnection(location.jdbcUrl(), properties);
            connection.setAutoCommit(false);
        } catch (SQLException e) {
            throw new StoreException("cannot open the store at " + location.display(), e);
        }
        JdbcDossierStore store = new JdbcDossierStore(location, connection, clock);
        try {
            // migrated while the store's own connection holds an embedded database open: H2 closes
            // (and compacts) a database when its last connection closes, Flyway's included
            store.checkItself(Migrations.migrate(location) > 0);
            return store;
        } catch (RuntimeException e) {
            // no session row is written until the check is done: closing the connection is all
            try {
                connection.close();
            } catch (SQLException closing) {
                e.addSuppressed(closing);
            }
            throw e;
        }
    }

    /**
     * Checks the store whole after a session that did not close (or one still open) and after a
     * migration, else only its revision counters ({@link Sessions}); then opens this session.
     */
    private void checkItself(boolean migrated) {
        boolean whole = migrated || sessions.othersLeftOpen();
        StoreCheck.Result result = StoreCheck.run(connection, location.display(), whole);
        health = result.health();
        if (result.baselineDue() && !health.reconcileNeeded()) {
            inTransaction(() -> {
                log.baseline(revision(), dossier());
                return null;
            });
        }
        if (whole && !health.reconcileNeeded()) {
            sessions.clearOthers();
        }
        sessions.begin();
    }

    @Override
    public synchronized StoreHealth health() {
        return health;
    }

    public StoreLocation location() {
        return location;
    }

    @Override
    public synchronized Set<String> containsDocuments(Collection<String> ids) {
        Set<String> found = new LinkedHashSet<>();
        for (String id : new LinkedHashSet<>(ids)) {
            if (query("SELECT id FROM document_result WHERE id = ?", rs -> rs.getString(1), id).size() == 1) {
                found.add(id);
            }
        }
        return found;
    }

    @Override
    public synchronized List<String> putDocuments(List<DocumentResult> results) {
        return inTransaction(() -> {
            long revision = revision() + 1;
            List<String> added = insertDocuments(results, revision);
            if (!added.isEmpty()) {
                setRevision(revision);
                // stored without their grouping: the next add must group everything again
                state.delete(MEMOS_KEPT);
            }
            return added;
        });
    }

    /** Inserts the results whose document is new, at {@code revision}; returns their ids. */
    private List<String> insertDocuments(List<DocumentResult> results, long revision) throws SQLException {
        Set<String> known = containsDocuments(results.stream().map(JdbcDossierStore::idOf).toList());
        List<String> added = new ArrayList<>();
        Map<String, Set<String>> posted = new java.util.LinkedHashMap<>();
        String sql = "INSERT INTO document_result (" + DOCUMENT_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?)";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (DocumentResult result : results) {
                Document document = result.annotated().document();
                if (known.contains(document.id()) || added.contains(document.id())) {
                    continue;
                }
                insert.setString(1, document.id());
                insert.setString(2, document.source());
                insert.setString(3, document.status().name());
                insert.setLong(4, revision);
                insert.setString(5, RecordJson.write(document));
                insert.setString(6, RecordJson.write(StoredResult.of(result.reduced())));
                insert.executeUpdate();
                added.add(document.id());
                posted.put(document.id(), postingsOf(result));
            }
        }
        postings.post(posted);
        return added;
    }

    /**
     * Every stored result, parsed once per connection: a document's result never changes under its
     * id (the id is a digest of its source and bytes), so only the ids are read each time and the
     * JSON of the ones not seen yet. Results read inside an open transaction are not kept, since
     * that transaction may still roll back.
     */
    @Override
    public synchronized List<DocumentResult> documentResults() {
        List<String> ids = query("SELECT id FROM document_result", rs -> rs.getString(1));
        Map<String, DocumentResult> current = new HashMap<>();
        List<String> missing = new ArrayList<>();
        for (String id : ids) {
            DocumentResult known = parsed.get(id);
            if (known == null) {
                missing.add(id);
            } else {
                current.put(id, known);
            }
        }
        if (missing.size() * 2 > ids.size()) {
            query("SELECT id, result_json FROM document_result", rs -> current.computeIfAbsent(rs.getString(1),
                    id -> readResult(rs)));
        } else {
            readResults(missing).forEach(r -> current.put(idOf(r), r));
        }
        if (transactionDepth == 0) {
            parsed.keySet().retainAll(current.keySet());
            parsed.putAll(current);
        }
        return sortedAsPipeline(new ArrayList<>(current.values()));
    }

    /** The stored results of {@code ids}, each looked up by its id with one prepared statement. */
    private List<DocumentResult> readResults(Collection<String> ids) {
        return Sql.each(connection, "SELECT id, result_json FROM document_result WHERE id = ?", ids,
                JdbcDossierStore::readResult);
    }

    private static DocumentResult readResult(ResultSet rs) {
        try {
            return RecordJson.read(rs.getString(2), StoredResult.class).toResult().reduced();
        } catch (SQLException e) {
            throw new StoreException("cannot read a stored result", e);
        }
    }

    @Override
    public synchronized List<DocumentResult> documentResults(Collection<String> stories) {
        List<DocumentResult> results = new ArrayList<>();
        for (String story : new LinkedHashSet<>(stories)) {
            results.addAll(query("SELECT r.id, r.result_json FROM document_result r JOIN document_group g"
                    + " ON g.document = r.id WHERE g.story = ?", JdbcDossierStore::readResult, story));
        }
        return sortedAsPipeline(results);
    }

    @Override
    public synchronized void saveReconciled(Dossier dossier) {
        inTransaction(() -> {
            int changed = replaceParts(dossier);
            if (changed > 0) {
                // a dossier reconciled elsewhere may group the documents otherwise than the memos and
                // wire families kept say: the next add groups everything again
                state.delete(MEMOS_KEPT);
                commitRevision(List.of(), dossier);
            }
            return changed;
        });
        reconciled();
    }

    /** The reconciled parts were just rebuilt from the stored documents: they agree with them again. */
    private void reconciled() {
        health = new StoreHealth(health.repaired(), false, List.of());
    }

    /**
     * One revision for the whole add: the new documents carry it, and the revision log records it
     * with the digest of {@code dossier}. A store older than the log first gets a baseline row for
     * the revision it was at, so changes since then can still be read.
     */
    @Override
    public synchronized List<String> commitAdd(List<DocumentResult> results, Dossier dossier) {
        return commitWhole(results, dossier, Optional.empty());
    }

    @Override
    public synchronized List<String> commitAdd(List<DocumentResult> results, Dossier dossier, List<GroupMemo> memos) {
        return commitWhole(results, dossier, Optional.of(() -> this.memos.rebuild(memos, dossier.grouping())));
    }

    @Override
    public synchronized List<String> commitAdd(List<DocumentResult> results, Dossier dossier,
            MinHashGrouper.Extension kept) {
        if (!scoped()) {
            throw new IllegalStateException("the store at " + location.display() + " keeps no grouping memos to add to");
        }
        return commitWhole(results, dossier, Optional.of(() -> {
            memos.keep(kept);
            memos.refillFamilies(dossier.grouping());
        }));
    }

    /** Writes the grouping memos as an add keeps them. */
    @FunctionalInterface
    private interface MemoWrite {
        void write() throws SQLException;
    }

    private List<String> commitWhole(List<DocumentResult> results, Dossier dossier, Optional<MemoWrite> kept) {
        List<String> added = inTransaction(() -> {
            long previous = baselineIfDue();
            List<String> inserted = insertDocuments(results, previous + 1);
            int changed = replaceParts(dossier);
            if (kept.isPresent()) {
                kept.get().write();
                state.putJson(MEMOS_KEPT, 4, "true");
            } else {
                state.delete(MEMOS_KEPT);
            }
            if (!inserted.isEmpty() || changed > 0) {
                commitRevision(inserted, dossier);
            }
            return inserted;
        });
        reconciled();
        return added;
    }

    /**
     * The current revision, after logging it as a baseline when the store is older than its log
     * (so that the changes since then can still be read).
     */
    private long baselineIfDue() throws SQLException {
        long previous = revision();
        if (previous > 0 && log.isEmpty()) {
            log.baseline(previous, dossier());
        }
        return previous;
    }

    @Override
    public synchronized boolean scoped() {
        // parts always carry order keys and documents always post (V5 dropped older parts; the self-check
        // on opening finds documents without postings): the memos are what a whole add must write first
        return state.get(MEMOS_KEPT).isPresent();
    }

    @Override
    public synchronized List<String> commitScoped(ScopedAdd add) {
        if (!scoped()) {
            throw new IllegalStateException("the store at " + location.display() + " cannot take a scoped add yet");
        }
        return inTransaction(() -> {
            long previous = baselineIfDue();
            List<String> inserted = insertDocuments(add.results(), previous + 1);
            groups.upsert(add.grouping().groups(), DocumentGroup::document, DocumentGroup::story,
                    g -> g.wireGroup().orElse(null));
            memos.keep(add.grouping());
            List<Entity> fresh = add.entities().stream().filter(e -> entities.get(e.id()).isEmpty()).toList();
            entities.upsert(fresh, Entity::id, null, null);
            Reconciliation old = partsIn(add.scopes());
            Map<String, String> scopes = Scopes.ofParts(add.parts());
            Map<String, String> order = Scopes.orderKeys(add.parts());
            events.replaceScopes(add.scopes(), add.parts().events(), Event::id, scopes, order);
            deals.replaceScopes(add.scopes(), add.parts().deals(), Deal::id, scopes, order);
            contradictions.replaceScopes(add.scopes(), add.parts().contradictions(), Contradiction::id, scopes, order);
            long revision = revision() + 1;
            setRevision(revision);
            log.appendDelta(revision, inserted, DigestDelta.of(Digest.of(partsDossier(old)),
                    Digest.of(partsDossier(add.parts()))));
            return inserted;
        });
    }

    @Override
    public synchronized Set<String> documentsPosting(Collection<String> keys) {
        return postings.documentsUnder(keys);
    }

    @Override
    public synchronized Set<String> postingsOf(Collection<String> documents) {
        return postings.keysOf(documents);
    }

    @Override
    public synchronized List<DocumentResult> resultsOf(Collection<String> ids) {
        List<DocumentResult> results = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String id : new java.util.TreeSet<>(ids)) {
            DocumentResult known = parsed.get(id);
            if (known != null) {
                results.add(known);
            } else {
                missing.add(id);
            }
        }
        List<DocumentResult> read = readResults(missing);
        if (transactionDepth == 0) {
            read.forEach(r -> parsed.put(idOf(r), r));
        }
        results.addAll(read);
        return sortedAsPipeline(results);
    }

    @Override
    public synchronized Reconciliation partsIn(Collection<String> scopes) {
        return new Reconciliation(events.inScopes(scopes, Event.class), deals.inScopes(scopes, Deal.class),
                contradictions.inScopes(scopes, Contradiction.class), List.of(), List.of());
    }

    @Override
    public synchronized GroupMemory groupMemory() {
        return memos;
    }

    private int replaceParts(Dossier dossier) throws SQLException {
        postUnposted();
        Reconciliation parts = partsOf(dossier);
        Map<String, String> scopes = Scopes.ofParts(parts);
        Map<String, String> order = Scopes.orderKeys(parts);
        int changed = 0;
        changed += groups.replace(dossier.grouping().groups(), DocumentGroup::document, DocumentGroup::story,
                g -> g.wireGroup().orElse(null));
        changed += entities.replace(dossier.entities(), Entity::id, null, null);
        changed += events.replace(dossier.events(), Event::id, scopes, order);
        changed += deals.replace(dossier.deals(), Deal::id, scopes, order);
        changed += contradictions.replace(dossier.contradictions(), Contradiction::id, scopes, order);
        return changed;
    }

    /** Posts the documents stored before documents posted their scopes (once, on the first whole rebuild). */
    private void postUnposted() throws SQLException {
        Set<String> unposted = postings.unposted();
        if (unposted.isEmpty()) {
            return;
        }
        Map<String, Set<String>> posted = new java.util.LinkedHashMap<>();
        resultsOf(unposted).forEach(r -> posted.put(idOf(r), postingsOf(r)));
        postings.post(posted);
    }

    /** What a document is found under: its claims' scopes and keys, and {@link #POSTED}, so that every document posts something. */
    private static Set<String> postingsOf(DocumentResult result) {
        Set<String> keys = new java.util.TreeSet<>(Scopes.postings(result.assertions()));
        keys.add(POSTED);
        return keys;
    }

    /** A dossier of {@code parts} alone: what the revision log digests of the parts an add replaced. */
    private static Dossier partsDossier(Reconciliation parts) {
        return new Dossier(List.of(), new Grouping(List.of()), List.of(), parts.events(), parts.deals(),
                parts.contradictions(), List.of(), List.of());
    }

    private static Reconciliation partsOf(Dossier dossier) {
        return new Reconciliation(dossier.events(), dossier.deals(), dossier.contradictions(), List.of(), List.of());
    }


    private void commitRevision(List<String> added, Dossier dossier) throws SQLException {
        long revision = revision() + 1;
        setRevision(revision);
        log.append(revision, added, dossier);
    }

    @Override
    public synchronized Optional<LoggedRevision> loggedRevision(long revision) {
        return log.atOrBefore(revision);
    }

    @Override
    public synchronized List<Long> loggedRevisions(long after, int limit) {
        return log.revisionsAfter(after, limit);
    }

    @Override
    public synchronized OptionalLong revisionCommittedBefore(Instant instant) {
        return log.committedBefore(instant);
    }

    @Override
    public synchronized List<String> documentsAdded(long after, long upTo) {
        return query("SELECT id FROM document_result WHERE revision > ? AND revision <= ? ORDER BY id",
                rs -> rs.getString(1), after, upTo);
    }

    /** The stored grouping rows, in the pipeline's document order (by source, then id). */
    @Override
    public synchronized Grouping grouping() {
        List<Map.Entry<String, DocumentGroup>> rows = query("SELECT r.source, g.json FROM document_group g"
                + " JOIN document_result r ON r.id = g.document",
                rs -> Map.entry(rs.getString(1), RecordJson.read(rs.getString(2), DocumentGroup.class)));
        List<Map.Entry<String, DocumentGroup>> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparing((Map.Entry<String, DocumentGroup> e) -> e.getKey())
                .thenComparing(e -> e.getValue().document()));
        return new Grouping(sorted.stream().map(Map.Entry::getValue).toList());
    }

    /** The whole dossier; the timeline and the undated events are read off the events. */
    @Override
    public synchronized Dossier dossier() {
        List<Event> events = events();
        Scopes.Timeline timeline = Scopes.timeline(events);
        List<Entity> entities = new ArrayList<>(this.entities.all(Entity.class));
        entities.sort(Comparator.comparing(Entity::id));
        return new Dossier(documents(), grouping(), List.copyOf(entities), events, deals(), contradictions(),
                timeline.dated(), timeline.undated());
    }

    /**
     * Every stored document; a document whose result this store has parsed already comes from that
     * result (the same document), so that a server re-reading the dossier after each add parses
     * only the documents it has not seen.
     */
    @Override
    public synchronized List<Document> documents() {
        List<String> ids = query("SELECT id FROM document_result", rs -> rs.getString(1));
        List<Document> documents = new ArrayList<>(ids.size());
        Set<String> missing = new java.util.HashSet<>();
        for (String id : ids) {
            DocumentResult known = parsed.get(id);
            if (known == null) {
                missing.add(id);
            } else {
                documents.add(known.annotated().document());
            }
        }
        if (missing.size() * 2 > ids.size()) {
            query("SELECT id, document_json FROM document_result", rs -> missing.contains(rs.getString(1))
                    && documents.add(RecordJson.read(rs.getString(2), Document.class)));
        } else {
            for (String id : missing) {
                document(id).ifPresent(documents::add);
            }
        }
        List<Document> sorted = new ArrayList<>(documents);
        sorted.sort(Comparator.comparing(Document::source).thenComparing(Document::id));
        return List.copyOf(sorted);
    }

    @Override
    public synchronized Optional<Document> document(String id) {
        return query("SELECT document_json FROM document_result WHERE id = ?",
                rs -> RecordJson.read(rs.getString(1), Document.class), id).stream().findFirst();
    }

    @Override
    public synchronized List<Deal> deals() {
        return deals.all(Deal.class);
    }

    @Override
    public synchronized Optional<Deal> deal(String id) {
        return deals.one(id, Deal.class);
    }

    @Override
    public synchronized List<Event> events() {
        return events.all(Event.class);
    }

    @Override
    public synchronized List<Contradiction> contradictions() {
        return contradictions.all(Contradiction.class);
    }

    @Override
    public synchronized Sizes sizes() {
        return new Sizes(count("document_result"), count("dossier_deal"), count("dossier_event"),
                count("dossier_contradiction"));
    }

    private long count(String table) {
        return query("SELECT COUNT(*) FROM " + table, rs -> rs.getLong(1)).get(0);
    }

    @Override
    public synchronized long revision() {
        return state.get("revision").map(Long::parseLong).orElse(0L);
    }

    @Override
    public synchronized void close() {
        try (connection) {
            if (!connection.isClosed()) {
                sessions.end();
            }
        } catch (SQLException e) {
            throw new StoreException("cannot close the store at " + location.display(), e);
        }
    }

    private void setRevision(long revision) {
        state.putJson("revision", 2, Long.toString(revision));
    }

    private static String idOf(DocumentResult result) {
        return result.annotated().document().id();
    }

    /** The pipeline reads documents sorted by source; the database's collation must not decide it. */
    private static List<DocumentResult> sortedAsPipeline(List<DocumentResult> results) {
        List<DocumentResult> sorted = new ArrayList<>(results);
        sorted.sort(DocumentResult.IN_PIPELINE_ORDER);
        return List.copyOf(sorted);
    }

    <T> List<T> query(String sql, Row<T> row, Object... parameters) {
        return Sql.query(connection, sql, row, parameters);
    }

    /** Runs {@code work} in a transaction; called inside another unit of work, it joins that one. */
    private <T> T inTransaction(Sql.Work<T> work) {
        if (transactionDepth > 0) {
            transactionDepth++;
            try {
                return Sql.joined(work);
            } finally {
                transactionDepth--;
            }
        }
        transactionDepth = 1;
        try {
            return Sql.inTransaction(connection, work);
        } finally {
            transactionDepth = 0;
        }
    }

    /** Reads one row of a result set. */
    @FunctionalInterface
    interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    /**
     * The stored form of a {@link DocumentResult}: its annotated document and assertions, the
     * document {@link DocumentResult#reduced reduced} to what grouping, reconciling and the search
     * index read (what {@code analyze} keeps too). Stores written before keep their full results;
     * they read the same.
     */
    record StoredResult(AnnotatedDocument annotated, List<Assertion> assertions) {
        static StoredResult of(DocumentResult result) {
            return new StoredResult(result.annotated(), result.assertions());
        }

        DocumentResult toResult() {
            return new DocumentResult(annotated, assertions);
        }
    }
}
