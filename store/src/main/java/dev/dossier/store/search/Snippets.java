package dev.dossier.store.search;

import dev.dossier.model.Checks;
import dev.dossier.model.Span;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * The best passages of each hit's text as plain text plus the ranges that matched, so that no
 * markup ever comes out of the index (the UI inserts snippets with textContent).
 */
final class Snippets {
    private static final String GAP = " … ";

    private final Object[] highlighted;
    private final String[] texts;

    Snippets(IndexSearcher searcher, Analyzer analyzer, Query words, ScoreDoc[] page) throws IOException {
        texts = new String[page.length];
        highlighted = new Object[page.length];
        UnifiedHighlighter highlighter = UnifiedHighlighter.builderWithoutSearcher(analyzer)
                .withFormatter(new SpanFormatter()).withHighlightPhrasesStrictly(true).build();
        for (int i = 0; i < page.length; i++) {
            texts[i] = searcher.storedFields().document(page[i].doc).get(IndexedDocuments.TEXT);
            if (texts[i] != null) {
                highlighted[i] = highlighter.highlightWithoutSearcher(IndexedDocuments.TEXT, words, texts[i], 2);
            }
        }
    }

    Snippet of(int index) {
        Object value = highlighted == null ? null : highlighted[index];
        if (value instanceof Snippet snippet && !snippet.highlights().isEmpty()) {
            return snippet;
        }
        String text = texts[index] == null ? "" : texts[index];
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

    /** Joins passages with a gap and keeps match offsets relative to the joined text. */
    private static final class SpanFormatter extends PassageFormatter {
        @Override
        public Object format(Passage[] passages, String content) {
            StringBuilder text = new StringBuilder();
            List<Span> highlights = new ArrayList<>();
            for (Passage passage : passages) {
                if (text.length() > 0) {
                    text.append(GAP);
                }
                int base = text.length() - passage.getStartOffset();
                text.append(content, passage.getStartOffset(), passage.getEndOffset());
                for (int i = 0; i < passage.getNumMatches(); i++) {
                    int start = Math.max(passage.getMatchStarts()[i], passage.getStartOffset());
                    int end = Math.min(passage.getMatchEnds()[i], passage.getEndOffset());
                    if (end > start) {
                        highlights.add(new Span(base + start, base + end));
                    }
                }
            }
            return new Snippet(text.toString().strip().isEmpty() ? "" : text.toString(), highlights);
        }
    }
}
