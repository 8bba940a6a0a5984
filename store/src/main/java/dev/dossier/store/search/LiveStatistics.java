package dev.dossier.store.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.util.Bits;

/**
 * Term and collection statistics over the live entries of a reader, so that an index whose
 * segments still hold deleted entries scores (BM25) exactly as one without them. Lucene counts a
 * deleted entry in its statistics until a merge drops it; here each segment's deleted entries
 * are listed once per reader, and their part is taken off: a term's by advancing its postings to
 * them, a scored field's length from the token counts of {@link CountedText}. A reader without
 * deletions is searched as it is.
 */
final class LiveStatistics {
    private final IndexReader reader;
    /** The deleted entries (ascending) of each segment that has some. */
    private final Map<LeafReaderContext, int[]> deleted = new HashMap<>();
    private final Map<String, CollectionStatistics> fields = new HashMap<>();

    LiveStatistics(IndexReader reader) throws IOException {
        this.reader = reader;
        for (LeafReaderContext leaf : reader.leaves()) {
            Bits live = leaf.reader().getLiveDocs();
            if (live != null) {
                int[] docs = new int[leaf.reader().numDeletedDocs()];
                for (int doc = 0, n = 0; n < docs.length; doc++) {
                    if (!live.get(doc)) {
                        docs[n++] = doc;
                    }
                }
                deleted.put(leaf, docs);
            }
        }
        if (!deleted.isEmpty()) {
            for (String field : IndexedDocuments.SCORED.keySet()) {
                fields.put(field, liveCollection(field));
            }
        }
    }

    /** A searcher whose statistics are those of the live entries. */
    IndexSearcher searcher() {
        if (deleted.isEmpty()) {
            return new IndexSearcher(reader);
        }
        return new IndexSearcher(reader) {
            @Override
            public TermStatistics termStatistics(Term term, int docFreq, long totalTermFreq) throws IOException {
                return liveTerm(term, docFreq, totalTermFreq).orElse(super.termStatistics(term, docFreq, totalTermFreq));
            }

            @Override
            public CollectionStatistics collectionStatistics(String field) throws IOException {
                CollectionStatistics live = fields.get(field);
                return live != null ? live : super.collectionStatistics(field);
            }
        };
    }

    /**
     * The term's document and total frequencies less those of deleted entries; empty if no live
     * entry has the term (then no live entry can match it, and Lucene's own figures stand).
     */
    private Optional<TermStatistics> liveTerm(Term term, long docFreq, long totalTermFreq)
            throws IOException {
        long docs = docFreq;
        long occurrences = totalTermFreq;
        for (Map.Entry<LeafReaderContext, int[]> segment : deleted.entrySet()) {
            Terms terms = segment.getKey().reader().terms(term.field());
            TermsEnum iterator = terms == null ? null : terms.iterator();
            if (iterator == null || !iterator.seekExact(term.bytes())) {
                continue;
            }
            PostingsEnum postings = iterator.postings(null, PostingsEnum.FREQS);
            for (int doc : segment.getValue()) {
                int at = postings.docID() < doc ? postings.advance(doc) : postings.docID();
                if (at == DocIdSetIterator.NO_MORE_DOCS) {
                    break;
                }
                if (at == doc) {
                    docs--;
                    occurrences -= postings.freq();
                }
            }
        }
        return docs > 0 ? Optional.of(new TermStatistics(term.bytes(), docs, occurrences))
                : Optional.empty();
    }

    /**
     * The field's entry count and total length over live entries. The sum of document
     * frequencies cannot be had without each entry's distinct terms; BM25 does not read it, so it
     * is Lucene's figure, bounded to stay consistent with the others.
     */
    private CollectionStatistics liveCollection(String field) throws IOException {
        long docCount = 0;
        long length = 0;
        long sumDocFreq = 0;
        for (LeafReaderContext leaf : reader.leaves()) {
            Terms terms = leaf.reader().terms(field);
            if (terms == null) {
                continue;
            }
            docCount += terms.getDocCount();
            length += terms.getSumTotalTermFreq();
            sumDocFreq += terms.getSumDocFreq();
            int[] gone = deleted.get(leaf);
            NumericDocValues tokens = leaf.reader().getNumericDocValues(CountedText.tokensField(field));
            if (gone == null || tokens == null) {
                continue;
            }
            for (int doc : gone) {
                if (tokens.advanceExact(doc) && tokens.longValue() > 0) {
                    docCount--;
                    length -= tokens.longValue();
                }
            }
        }
        if (docCount == 0) {
            return null;
        }
        return new CollectionStatistics(field, reader.numDocs(), docCount, length,
                Math.max(docCount, Math.min(sumDocFreq, length)));
    }
}
