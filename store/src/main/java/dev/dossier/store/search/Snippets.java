package dev.dossier.store.search;

import dev.dossier.model.Checks;
import dev.dossier.model.Span;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.uhighlight.CustomSeparatorBreakIterator;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * The best passages of each hit's text as plain text plus the ranges that matched, so that no
 * markup ever comes out of the index (the UI inserts snippets with textContent).
 */
final class Snippets {
    private static final String GAP = " … ";
    private static final int WINDOW = 320;

    private final Object[] highlighted;
    private final ScoreDoc[] page;
    private final Map<Integer, String> texts;

    Snippets(IndexSearcher searcher, Analyzer analyzer, Query words, ScoreDoc[] page, Map<Integer, String> texts)
            throws IOException {
        this.page = page;
        this.texts = texts;
        int[] ids = new int[page.length];
        for (int i = 0; i < page.length; i++) {
            ids[i] = page[i].doc;
        }
        Object[] found = new SpanHighlighter(searcher, analyzer, texts).highlight(words, ids);
        highlighted = found == null ? new Object[page.length] : found;
    }

    /**
     * Lucene's highlighter with its object-returning method opened up (it is protected), reading
     * the page's texts (by entry number) instead of stored fields.
     */
    private static final class SpanHighlighter extends UnifiedHighlighter {
        private final Map<Integer, String> texts;

        SpanHighlighter(IndexSearcher searcher, Analyzer analyzer, Map<Integer, String> texts) {
            super(UnifiedHighlighter.builder(searcher, analyzer).withFormatter(new SpanFormatter())
                    .withHighlightPhrasesStrictly(true).withBreakIterator(() -> new CustomSeparatorBreakIterator('\n')));
            this.texts = texts;
        }

        /** As the stored-fields version: from the iterator's next document on, until the char budget is spent. */
        @Override
        protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheChars)
                throws IOException {
            List<CharSequence[]> values = new ArrayList<>();
            int chars = 0;
            do {
                int doc = docs.nextDoc();
                if (doc == DocIdSetIterator.NO_MORE_DOCS) {
                    break;
                }
                String text = texts.get(doc);
                values.add(new CharSequence[] {text});
                chars += text.length();
            } while (chars <= cacheChars && cacheChars != 0);
            return values;
        }

        /** The best two passages of each document's text. */
        Object[] highlight(Query words, int[] ids) throws IOException {
            return highlightFieldsAsObjects(new String[] {IndexedDocuments.TEXT}, words, ids, new int[] {2})
                    .get(IndexedDocuments.TEXT);
        }
    }

    /** The highlighted passages, or (nothing matched, as for a blank query) the text's beginning. */
    Snippet of(int index) {
        Object value = highlighted[index];
        if (value instanceof Snippet snippet && !snippet.highlights().isEmpty()) {
            return snippet;
        }
        String text = texts.get(page[index].doc);
        int cut = Math.min(text.length(), LuceneSearchIndex.snippetChars());
        return new Snippet(text.substring(0, cut) + (cut < text.length() ? "…" : ""), List.of());
    }

    /** Plain text and the ranges in it that matched. */
    record Snippet(String text, List<Span> highlights) {
        Snippet {
            Checks.present(text, "text");
            highlights = Checks.list(highlights, "highlights");
        }
    }

    /**
     * Joins passages with a gap and keeps match offsets relative to the joined text. A passage
     * longer than {@link #WINDOW} characters (a paragraph-less page) is cut to a window that
     * starts a little before its first match.
     */
    private static final class SpanFormatter extends PassageFormatter {
        @Override
        public Object format(Passage[] passages, String content) {
            StringBuilder text = new StringBuilder();
            List<Span> highlights = new ArrayList<>();
            for (Passage passage : passages) {
                if (text.length() > 0) {
                    text.append(GAP);
                }
                int from = windowStart(passage);
                int to = Math.min(passage.getEndOffset(), from + WINDOW);
                int base = text.length() - from;
                text.append(content, from, to);
                for (int i = 0; i < passage.getNumMatches(); i++) {
                    int start = Math.max(passage.getMatchStarts()[i], from);
                    int end = Math.min(passage.getMatchEnds()[i], to);
                    if (end > start) {
                        highlights.add(new Span(base + start, base + end));
                    }
                }
            }
            return new Snippet(text.toString(), highlights);
        }

        private static int windowStart(Passage passage) {
            if (passage.getEndOffset() - passage.getStartOffset() <= WINDOW || passage.getNumMatches() == 0) {
                return passage.getStartOffset();
            }
            return Math.max(passage.getStartOffset(), passage.getMatchStarts()[0] - WINDOW / 4);
        }
    }
}
