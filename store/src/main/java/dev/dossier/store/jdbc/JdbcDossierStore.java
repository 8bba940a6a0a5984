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
import dev.dossier.pipeline.DocumentResult;
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

    private final StoreLocation location;
    private final Connection connection;
    private final PartTable groups;
    private final PartTable entities;
    private final PartTable events;
    private final PartTable deals;
    private final PartTable contradictions;
    private final PartTable state;
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
        this.events = new PartTable(connection, "dossier_event", false);
        this.deals = new PartTable(connection, "dossier_deal", false);
        this.contradictions = new PartTable(connection, "dossier_contradiction", false);
        this.state = new PartTable(connection, "dossier_state", false);
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
        Migrations.migrate(location);
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
            store.checkItself();
            return store;
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    private void checkItself() {
        StoreCheck.Result result = StoreCheck.run(connection, location.display());
        health = result.health();
        if (result.baselineDue() && !health.reconcileNeeded()) {
            inTransaction(() -> {
                log.baseline(revision(), dossier());
                return null;
            });
        }
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
            }
            return added;
        });
    }

    /** Inserts the results whose document is new, at {@code revision}; returns their ids. */
    private List<String> insertDocuments(List<DocumentResult> results, long revision) throws SQLException {
        Set<String> known = containsDocuments(results.stream().map(JdbcDossierStore::idOf).toList());
        List<String> added = new ArrayList<>();
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
            }
        }
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
            for (String id : missing) {
                query("SELECT id, result_json FROM document_result WHERE id = ?",
                        rs -> current.put(rs.getString(1), readResult(rs)), id);
            }
        }
        if (transactionDepth == 0) {
            parsed.keySet().retainAll(current.keySet());
            parsed.putAll(current);
        }
        return sortedAsPipeline(new ArrayList<>(current.values()));
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
        List<String> added = inTransaction(() -> {
            long previous = revision();
            if (previous > 0 && log.isEmpty()) {
                log.baseline(previous, dossier());
            }
            List<String> inserted = insertDocuments(results, previous + 1);
            int changed = replaceParts(dossier);
            if (!inserted.isEmpty() || changed > 0) {
                commitRevision(inserted, dossier);
            }
            return inserted;
        });
        reconciled();
        return added;
    }

    private int replaceParts(Dossier dossier) throws SQLException {
        int changed = 0;
        changed += groups.replace(dossier.grouping().groups(), DocumentGroup::document, DocumentGroup::story);
        changed += entities.replace(dossier.entities(), Entity::id, null);
        changed += events.replace(dossier.events(), Event::id, null);
        changed += deals.replace(dossier.deals(), Deal::id, null);
        changed += contradictions.replace(dossier.contradictions(), Contradiction::id, null);
        changed += state.put("timeline", 0, dossier.timeline());
        changed += state.put("undated", 1, dossier.undated());
        return changed;
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

    @Override
    public synchronized Grouping grouping() {
        return new Grouping(groups.all(DocumentGroup.class));
    }

    @Override
    public synchronized Dossier dossier() {
        List<String> timeline = state.get("timeline").map(json -> readStrings(json)).orElse(List.of());
        List<String> undated = state.get("undated").map(json -> readStrings(json)).orElse(List.of());
        return new Dossier(documents(), grouping(), entities.all(Entity.class),
                events(), deals(), contradictions(), timeline, undated);
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
    public synchronized long revision() {
        return state.get("revision").map(Long::parseLong).orElse(0L);
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
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
        sorted.sort(Comparator.comparing((DocumentResult r) -> r.annotated().document().source())
                .thenComparing(JdbcDossierStore::idOf));
        return List.copyOf(sorted);
    }

    private static List<String> readStrings(String json) {
        try {
            return RecordJson.mapper().readValue(json, RecordJson.listOf(String.class));
        } catch (java.io.IOException e) {
            throw new StoreException("stored list is not a JSON list of strings: " + json, e);
        }
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
