package dev.dossier.store.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.IndexReader.CacheHelper;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FilterDirectoryReader;
import org.apache.lucene.index.FilterLeafReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.TermState;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * A reader whose statistics count live entries only, so that an index whose segments still hold
 * deleted entries scores (BM25) exactly as one without them: Lucene counts a deleted entry in its
 * statistics until a merge drops it. Only the segments with deletions are wrapped. Their deleted
 * entries are listed once; a term's frequencies lose the deleted entries' part (found by advancing
 * its postings to them), a term no live entry has is not there (as in a rebuilt index, which
 * matters to queries that expand a word into terms), and a scored field's entry count and length
 * lose the deleted entries' token counts ({@link CountedText}). Whatever reads the statistics
 * (term and phrase weights, the blended statistics of a fuzzy word) reads live ones.
 */
final class LiveStatistics extends FilterDirectoryReader {

    LiveStatistics(DirectoryReader in) throws IOException {
        super(in, new SubReaderWrapper() {
            @Override
            public LeafReader wrap(LeafReader reader) {
                return reader.getLiveDocs() == null ? reader : new Segment(reader);
            }
        });
    }

    @Override
    protected DirectoryReader doWrapDirectoryReader(DirectoryReader in) throws IOException {
        return new LiveStatistics(in);
    }

    @Override
    public CacheHelper getReaderCacheHelper() {
        return in.getReaderCacheHelper();
    }

    /** A segment with deletions. */
    private static final class Segment extends FilterLeafReader {
        /** Its deleted entries, ascending. */
        private final int[] deleted;
        /** Each scored field's live entry count and length, worked out when first asked. */
        private final Map<String, long[]> scored = new HashMap<>();

        Segment(LeafReader in) {
            super(in);
            Bits live = in.getLiveDocs();
            deleted = new int[in.numDeletedDocs()];
            for (int doc = 0, n = 0; n < deleted.length; doc++) {
                if (!live.get(doc)) {
                    deleted[n++] = doc;
                }
            }
        }

        @Override
        public Terms terms(String field) throws IOException {
            Terms terms = super.terms(field);
            return terms == null ? null : new LiveTerms(terms, field);
        }

        @Override
        public CacheHelper getCoreCacheHelper() {
            return in.getCoreCacheHelper();
        }

        @Override
        public CacheHelper getReaderCacheHelper() {
            return in.getReaderCacheHelper();
        }

        /** The live entries that have the scored field's terms, and their total length. */
        private synchronized long[] liveLength(String field, Terms terms) throws IOException {
            long[] known = scored.get(field);
            if (known == null) {
                known = new long[] {terms.getDocCount(), terms.getSumTotalTermFreq()};
                NumericDocValues tokens = in.getNumericDocValues(CountedText.tokensField(field));
                for (int doc : deleted) {
                    if (tokens.advanceExact(doc) && tokens.longValue() > 0) {
                        known[0]--;
                        known[1] -= tokens.longValue();
                    }
                }
                scored.put(field, known);
            }
            return known;
        }

        /**
         * A field's terms over live entries. The entry count and length are exact for the scored
         * fields (the others are never scored); the sum of document frequencies cannot be had
         * without each entry's distinct terms, and BM25 does not read it: Lucene's figure is
         * bounded to stay consistent with the others.
         */
        private final class LiveTerms extends FilterTerms {
            private final String field;

            LiveTerms(Terms in, String field) {
                super(in);
                this.field = field;
            }

            @Override
            public TermsEnum iterator() throws IOException {
                return new LiveTermsEnum(in.iterator());
            }

            @Override
            public int getDocCount() throws IOException {
                return IndexedDocuments.SCORED.containsKey(field) ? (int) liveLength(field, in)[0] : in.getDocCount();
            }

            @Override
            public long getSumTotalTermFreq() throws IOException {
                return IndexedDocuments.SCORED.containsKey(field) ? liveLength(field, in)[1] : in.getSumTotalTermFreq();
            }

            @Override
            public long getSumDocFreq() throws IOException {
                return Math.max(getDocCount(), Math.min(in.getSumDocFreq(), getSumTotalTermFreq()));
            }
        }

        /** Terms with their live frequencies, skipping those no live entry has. */
        private final class LiveTermsEnum extends FilterTermsEnum {
            private int docFreq = -1;
            private long totalTermFreq;

            LiveTermsEnum(TermsEnum in) {
                super(in);
            }

            /** Counts the current term's live entries and occurrences; whether there are any. */
            private boolean live() throws IOException {
                docFreq = in.docFreq();
                totalTermFreq = in.totalTermFreq();
                PostingsEnum postings = in.postings(null, PostingsEnum.FREQS);
                for (int doc : deleted) {
                    int at = postings.docID() < doc ? postings.advance(doc) : postings.docID();
                    if (at == DocIdSetIterator.NO_MORE_DOCS) {
                        break;
                    }
                    if (at == doc) {
                        docFreq--;
                        totalTermFreq -= postings.freq();
                    }
                }
                return docFreq > 0;
            }

            @Override
            public boolean seekExact(BytesRef text) throws IOException {
                return in.seekExact(text) && live();
            }

            @Override
            public SeekStatus seekCeil(BytesRef text) throws IOException {
                SeekStatus status = in.seekCeil(text);
                if (status == SeekStatus.END || live()) {
                    return status;
                }
                return next() == null ? SeekStatus.END : SeekStatus.NOT_FOUND;
            }

            @Override
            public void seekExact(long ord) {
                throw new UnsupportedOperationException("terms are not sought by ordinal in the search index");
            }

            /** A state this enum gave, so a live term: counted only if asked. */
            @Override
            public void seekExact(BytesRef term, TermState state) throws IOException {
                in.seekExact(term, state);
                docFreq = -1;
            }

            @Override
            public BytesRef next() throws IOException {
                BytesRef term = in.next();
                while (term != null && !live()) {
                    term = in.next();
                }
                return term;
            }

            @Override
            public int docFreq() throws IOException {
                if (docFreq < 0) {
                    live();
                }
                return docFreq;
            }

            @Override
            public long totalTermFreq() throws IOException {
                if (docFreq < 0) {
                    live();
                }
                return totalTermFreq;
            }
        }
    }
}
