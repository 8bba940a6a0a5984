package dev.dossier.store.search;

import dev.dossier.model.Document;
import dev.dossier.model.Dossier;
import dev.dossier.model.Event;
import dev.dossier.model.EventType;
import dev.dossier.model.Span;
import dev.dossier.pipeline.DocumentResult;
import dev.dossier.store.search.SearchQuery.HitKind;
import dev.dossier.store.search.SearchResults.Hit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SerialMergeScheduler;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * A {@link SearchIndex} in memory (Lucene's {@code ByteBuffersDirectory}): English stemming, the
 * simple query syntax (which never fails on what a user types), filters as non-scoring clauses.
 * A rebuild writes a new index of one segment; an update deletes and adds, in place, the entries
 * of what changed, and leaves the segments to Lucene's merge policy, so that it costs what changed
 * rather than the index's size. An updated index still answers exactly as one rebuilt from the
 * same dossier: it scores with statistics over its live entries only ({@link LiveStatistics}),
 * ranks ties by {@link IndexedDocuments#ORDER} (the entry order of a rebuilt index) and counts
 * every hit. Each swaps in a new reader atomically.
 */
public final class LuceneSearchIndex implements SearchIndex {
    private static final int SNIPPET_CHARS = 240;
    private static final SortField BY_ORDER = new SortField(IndexedDocuments.ORDER, SortField.Type.STRING);
    /** By score, ties in entry order: as a rebuilt index (one segment sorted by order) ranks them. */
    private static final Sort RANKING = new Sort(SortField.FIELD_SCORE, BY_ORDER);
    /** The stored fields a hit needs: everything but the (long) text of a document. */
    private static final java.util.Set<String> HIT_FIELDS = java.util.Set.of(IndexedDocuments.KIND,
            IndexedDocuments.DOCUMENT, IndexedDocuments.EVENT, IndexedDocuments.TYPE, IndexedDocuments.TITLE,
            IndexedDocuments.DATE, IndexedDocuments.START, IndexedDocuments.END, IndexedDocuments.QUOTE);

    private final Analyzer analyzer = new EnglishAnalyzer();
    private volatile Generation current;
    /** What the index holds, as the last rebuild or update left it (guarded by this). */
    private IndexWriter writer;
    private Dossier indexed;
    private Map<String, IndexedDocuments.Filters> filters;
    private Map<String, Set<String>> types;
    private boolean closed;

    public LuceneSearchIndex() {
        rebuild(new Dossier(List.of(), new dev.dossier.model.Grouping(List.of()), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of()), List.of());
    }

    @Override
    public synchronized void rebuild(Dossier dossier, List<DocumentResult> results) {
        IndexWriter old = writer;
        // merges run in the update that triggers them: their cost is paid (and measured) there,
        // and a given sequence of updates always leaves the same segments
        IndexWriterConfig config = new IndexWriterConfig(analyzer).setIndexSort(new Sort(BY_ORDER))
                .setMergeScheduler(new SerialMergeScheduler());
        try {
            writer = new IndexWriter(new ByteBuffersDirectory(), config);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the search index in memory", e);
        }
        filters = IndexedDocuments.filtersOf(results);
        types = IndexedDocuments.typesByDocument(dossier.events());
        Map<String, Document> documents = byId(dossier);
        List<org.apache.lucene.document.Document> entries = new ArrayList<>(
                IndexedDocuments.claims(dossier.events(), documents));
        dossier.documents().stream().filter(Document::ok).forEach(d -> entries.add(document(d)));
        write(List.of(), entries, bodiesOf(dossier.documents(), new HashMap<>()), dossier, true);
        if (old != null) {
            closeWriter(old);
        }
    }

    /**
     * Rewrites the entries of the events that are new or differ from the indexed ones (and drops
     * those of events gone), and of the documents that are new or whose event types changed.
     */
    @Override
    public synchronized void update(Dossier dossier, List<DocumentResult> added) {
        Map<String, Event> before = new HashMap<>();
        indexed.events().forEach(e -> before.put(e.id(), e));
        List<Event> fresh = new ArrayList<>();
        Set<String> stale = new HashSet<>();
        for (Event event : dossier.events()) {
            Event old = before.remove(event.id());
            if (old != event && !event.equals(old)) {
                fresh.add(event);
                stale.add(event.id());
            }
        }
        stale.addAll(before.keySet());
        filters = new HashMap<>(filters);
        filters.putAll(IndexedDocuments.filtersOf(added));
        Map<String, Set<String>> typesBefore = types;
        types = IndexedDocuments.typesByDocument(dossier.events());
        Set<String> addedIds = new HashSet<>();
        added.forEach(r -> addedIds.add(r.annotated().document().id()));
        Map<String, Document> documents = byId(dossier);
        List<Term> deleted = new ArrayList<>();
        stale.forEach(id -> deleted.add(new Term(IndexedDocuments.KEY, IndexedDocuments.eventKey(id))));
        List<org.apache.lucene.document.Document> entries = new ArrayList<>(IndexedDocuments.claims(fresh, documents));
        for (Document d : dossier.documents()) {
            boolean isNew = addedIds.contains(d.id());
            boolean retyped = !types.getOrDefault(d.id(), Set.of()).equals(typesBefore.getOrDefault(d.id(), Set.of()));
            if (d.ok() && (isNew || retyped)) {
                if (!isNew) {
                    deleted.add(new Term(IndexedDocuments.KEY, IndexedDocuments.documentKey(d.id())));
                }
                entries.add(document(d));
            }
        }
        Map<String, String> bodies = new HashMap<>(current.bodies());
        write(deleted, entries, bodiesOf(added.stream().map(r -> r.annotated().document()).toList(), bodies), dossier,
                false);
    }

    private org.apache.lucene.document.Document document(Document d) {
        return IndexedDocuments.document(d, filters.getOrDefault(d.id(), new IndexedDocuments.Filters(List.of(),
                List.of())), types.getOrDefault(d.id(), Set.of()));
    }

    private static Map<String, Document> byId(Dossier dossier) {
        Map<String, Document> documents = new HashMap<>();
        dossier.documents().forEach(d -> documents.put(d.id(), d));
        return documents;
    }

    private static Map<String, String> bodiesOf(List<Document> documents, Map<String, String> into) {
        documents.stream().filter(Document::ok).forEach(d -> into.put(d.id(), d.body()));
        return into;
    }

    /**
     * Deletes {@code deleted}, adds {@code entries}, merges to one segment if {@code whole} (a
     * rebuild, which costs the whole index anyway: one segment searches fastest) and swaps in its
     * reader.
     */
    private void write(List<Term> deleted, List<org.apache.lucene.document.Document> entries,
            Map<String, String> bodies, Dossier dossier, boolean whole) {
        Generation old = current;
        // both callers build bodies afresh for this generation: it is kept as it is, not copied again
        Map<String, String> kept = java.util.Collections.unmodifiableMap(bodies);
        try {
            writer.deleteDocuments(deleted.toArray(Term[]::new));
            writer.addDocuments(entries);
            if (whole) {
                writer.forceMerge(1);
            }
            DirectoryReader reader = old == null || old.writer() != writer ? DirectoryReader.open(writer)
                    : DirectoryReader.openIfChanged(old.reader(), writer);
            if (reader != null) {
                current = new Generation(reader, searchable(reader), kept, writer);
            } else {
                current = new Generation(old.reader(), old.searched(), kept, writer);
                old = null;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the search index in memory", e);
        }
        indexed = dossier;
        if (old != null) {
            release(old.reader());
        }
    }

    /** The reader as searched: with statistics over live entries if some segment has deletions. */
    private static DirectoryReader searchable(DirectoryReader reader) throws IOException {
        return reader.hasDeletions() ? new LiveStatistics(reader) : reader;
    }

    /**
     * A reader, the reader searched (the same or a {@link LiveStatistics} over it, never closed
     * itself: it holds nothing the reader does not), the bodies of the documents it holds by id,
     * and the writer it was opened from.
     */
    private record Generation(DirectoryReader reader, DirectoryReader searched, Map<String, String> bodies,
            IndexWriter writer) {}

    @Override
    public SearchResults search(SearchQuery query) {
        Generation generation = acquire();
        try {
            IndexSearcher searcher = new IndexSearcher(generation.searched());
            Query words = words(query.text());
            Query filtered = withFilters(words, query);
            TopDocs top = searcher.search(filtered, query.offset() + query.limit(), RANKING);
            ScoreDoc[] page = pageOf(top, query);
            List<org.apache.lucene.document.Document> stored = new ArrayList<>();
            Map<Integer, String> texts = new HashMap<>();
            for (ScoreDoc hit : page) {
                org.apache.lucene.document.Document doc = searcher.storedFields().document(hit.doc, HIT_FIELDS);
                stored.add(doc);
                String quote = doc.get(IndexedDocuments.QUOTE);
                texts.put(hit.doc, quote != null ? quote : generation.bodies().get(doc.get(IndexedDocuments.DOCUMENT)));
            }
            Snippets snippets = new Snippets(searcher, analyzer, words, page, texts);
            List<Hit> hits = new ArrayList<>();
            for (int i = 0; i < page.length; i++) {
                hits.add(hit(stored.get(i), snippets.of(i), page[i].score));
            }
            return new SearchResults(total(searcher, filtered, top), hits);
        } catch (IOException e) {
            throw new UncheckedIOException("search failed: " + query.text(), e);
        } finally {
            release(generation.reader());
        }
    }

    /**
     * Every hit counted: the search's own count is exact up to a threshold (1,000 hits), past
     * which it stops at a number that depends on the segments (it skips blocks of entries that
     * cannot rank); then the hits are counted apart.
     */
    private static long total(IndexSearcher searcher, Query query, TopDocs top) throws IOException {
        return top.totalHits.relation == TotalHits.Relation.EQUAL_TO ? top.totalHits.value : searcher.count(query);
    }

    private Query words(String text) {
        if (text.isBlank()) {
            return new MatchAllDocsQuery();
        }
        SimpleQueryParser parser = new SimpleQueryParser(analyzer, IndexedDocuments.SCORED);
        parser.setDefaultOperator(Occur.MUST);
        Query parsed = parser.parse(text);
        return parsed == null ? new MatchAllDocsQuery() : parsed;
    }

    private static Query withFilters(Query words, SearchQuery query) {
        BooleanQuery.Builder all = new BooleanQuery.Builder().add(words, Occur.MUST);
        query.kind().ifPresent(k -> all.add(term(IndexedDocuments.KIND, k.name()), Occur.FILTER));
        query.country().ifPresent(c -> all.add(term(IndexedDocuments.COUNTRY, c), Occur.FILTER));
        query.system().ifPresent(s -> all.add(term(IndexedDocuments.SYSTEM, s), Occur.FILTER));
        query.eventType().ifPresent(t -> all.add(term(IndexedDocuments.TYPE, t.name()), Occur.FILTER));
        query.from().ifPresent(from -> all.add(IntPoint.newRangeQuery(IndexedDocuments.DAY_TO,
                IndexedDocuments.dayNumber(from.earliest()), Integer.MAX_VALUE), Occur.FILTER));
        query.to().ifPresent(to -> all.add(IntPoint.newRangeQuery(IndexedDocuments.DAY_FROM, Integer.MIN_VALUE,
                IndexedDocuments.dayNumber(IndexedDocuments.latest(to))), Occur.FILTER));
        return all.build();
    }

    private static Query term(String field, String value) {
        return new TermQuery(new Term(field, IndexedDocuments.key(value)));
    }

    /** The hits from the query's offset on, each with its score (the first sort value). */
    private static ScoreDoc[] pageOf(TopDocs top, SearchQuery query) {
        int from = Math.min(query.offset(), top.scoreDocs.length);
        ScoreDoc[] page = new ScoreDoc[top.scoreDocs.length - from];
        for (int i = 0; i < page.length; i++) {
            FieldDoc hit = (FieldDoc) top.scoreDocs[from + i];
            page[i] = new ScoreDoc(hit.doc, (Float) hit.fields[0]);
        }
        return page;
    }

    private static Hit hit(org.apache.lucene.document.Document doc, Snippets.Snippet snippet, float score) {
        HitKind kind = HitKind.valueOf(doc.get(IndexedDocuments.KIND).toUpperCase(Locale.ROOT));
        Optional<Span> span = Optional.ofNullable(doc.getField(IndexedDocuments.START))
                .map(start -> new Span(start.numericValue().intValue(),
                        doc.getField(IndexedDocuments.END).numericValue().intValue()));
        Optional<EventType> type = Optional.ofNullable(doc.get(IndexedDocuments.TYPE))
                .map(t -> EventType.valueOf(t.toUpperCase(Locale.ROOT)));
        return new Hit(kind, doc.get(IndexedDocuments.DOCUMENT), Optional.ofNullable(doc.get(IndexedDocuments.EVENT)),
                type, span, doc.get(IndexedDocuments.TITLE), Optional.ofNullable(doc.get(IndexedDocuments.DATE)),
                snippet.text(), snippet.highlights(), score);
    }

    /** A reader that stays open until {@link #release}, even if a rebuild swaps it out meanwhile. */
    private Generation acquire() {
        while (true) {
            Generation generation = current;
            if (generation.reader().tryIncRef()) {
                return generation;
            }
        }
    }

    private static void release(DirectoryReader used) {
        try {
            used.decRef();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close an old search reader", e);
        }
    }

    private static void closeWriter(IndexWriter old) {
        try {
            old.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close an old search index", e);
        }
    }

    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            release(current.reader());
            closeWriter(writer);
            analyzer.close();
        }
    }

    /** How many segments the current reader has (for tests: updates leave several). */
    int segments() {
        return current.reader().leaves().size();
    }

    /** How many deleted entries the current reader's segments still hold (for tests). */
    int deletedEntries() {
        return current.reader().numDeletedDocs();
    }

    static int snippetChars() {
        return SNIPPET_CHARS;
    }
}
