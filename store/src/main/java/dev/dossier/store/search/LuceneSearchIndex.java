package dev.dossier.store.search;

import dev.dossier.model.Dossier;
import dev.dossier.model.EventType;
import dev.dossier.model.Span;
import dev.dossier.pipeline.DocumentResult;
import dev.dossier.store.search.SearchQuery.HitKind;
import dev.dossier.store.search.SearchResults.Hit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LogByteSizeMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * A {@link SearchIndex} in memory (Lucene's {@code ByteBuffersDirectory}), rebuilt from the
 * store when it changes: English stemming, the simple query syntax (which never fails on what
 * a user types), filters as non-scoring clauses. A rebuild swaps in a new reader atomically.
 */
public final class LuceneSearchIndex implements SearchIndex {
    private static final int SNIPPET_CHARS = 240;
    /** The stored fields a hit needs: everything but the (long) text. */
    private static final java.util.Set<String> HIT_FIELDS = java.util.Set.of(IndexedDocuments.KIND,
            IndexedDocuments.DOCUMENT, IndexedDocuments.EVENT, IndexedDocuments.TYPE, IndexedDocuments.TITLE,
            IndexedDocuments.DATE, IndexedDocuments.START, IndexedDocuments.END);

    private final Analyzer analyzer = new EnglishAnalyzer();
    private volatile Generation current;
    private boolean closed;

    public LuceneSearchIndex() {
        rebuild(new Dossier(List.of(), new dev.dossier.model.Grouping(List.of()), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of()), List.of());
    }

    @Override
    public synchronized void rebuild(Dossier dossier, List<DocumentResult> results) {
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        IndexedDocuments.Built built = IndexedDocuments.of(dossier, results);
        // Merging only neighbouring segments keeps document numbers in insertion order.
        IndexWriterConfig config = new IndexWriterConfig(analyzer).setMergePolicy(new LogByteSizeMergePolicy());
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            writer.addDocuments(built.documents());
            writer.forceMerge(1);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the search index in memory", e);
        }
        Generation old = current;
        try {
            current = new Generation(DirectoryReader.open(directory), built.texts());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the search index", e);
        }
        if (old != null) {
            release(old.reader());
        }
    }

    /** A reader and the text of each of its documents by document number (insertion order). */
    private record Generation(DirectoryReader reader, List<String> texts) {}

    @Override
    public SearchResults search(SearchQuery query) {
        Generation generation = acquire();
        try {
            IndexSearcher searcher = new IndexSearcher(generation.reader());
            Query words = words(query.text());
            TopDocs top = searcher.search(withFilters(words, query), query.offset() + query.limit());
            ScoreDoc[] page = pageOf(top, query);
            Snippets snippets = new Snippets(searcher, analyzer, words, page, generation.texts());
            List<Hit> hits = new ArrayList<>();
            for (int i = 0; i < page.length; i++) {
                hits.add(hit(searcher.storedFields().document(page[i].doc, HIT_FIELDS), snippets.of(i), page[i].score));
            }
            return new SearchResults(top.totalHits.value, hits);
        } catch (IOException e) {
            throw new UncheckedIOException("search failed: " + query.text(), e);
        } finally {
            release(generation.reader());
        }
    }

    private Query words(String text) {
        if (text.isBlank()) {
            return new MatchAllDocsQuery();
        }
        SimpleQueryParser parser = new SimpleQueryParser(analyzer,
                Map.of(IndexedDocuments.TITLE, 2f, IndexedDocuments.TEXT, 1f));
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

    private static ScoreDoc[] pageOf(TopDocs top, SearchQuery query) {
        int from = Math.min(query.offset(), top.scoreDocs.length);
        return java.util.Arrays.copyOfRange(top.scoreDocs, from, top.scoreDocs.length);
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

    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            release(current.reader());
            analyzer.close();
        }
    }

    static int snippetChars() {
        return SNIPPET_CHARS;
    }
}
