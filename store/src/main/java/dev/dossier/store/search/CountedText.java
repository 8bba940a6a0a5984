package dev.dossier.store.search;

import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;

/**
 * A scored text field that also keeps, as a doc value, how many tokens it was indexed with: the
 * exact length that BM25's average field length needs over the live entries (norms hold it
 * rounded). The tokens are counted while the index analyses the text, so nothing is analysed
 * twice; the count's field comes after the text's in the entry, which the index writes in order.
 */
final class CountedText {
    private CountedText() {}

    /**
     * Adds {@code text} to {@code entry} as {@code field} (analysed, and stored or not, as
     * {@code type} says), then its token count.
     */
    static void add(org.apache.lucene.document.Document entry, String field, String text, FieldType type) {
        Counted counted = new Counted(field, text, type);
        entry.add(counted);
        entry.add(new Count(tokensField(field), counted));
    }

    /** The doc-values field that holds the token count of {@code field}. */
    static String tokensField(String field) {
        return field + "_tokens";
    }

    /** The text field, counting its tokens as they are indexed. */
    private static final class Counted extends Field {
        private int tokens = -1;

        Counted(String name, String text, FieldType type) {
            super(name, text, type);
        }

        @Override
        public TokenStream tokenStream(Analyzer analyzer, TokenStream reuse) {
            tokens = 0;
            return new Counting(super.tokenStream(analyzer, reuse));
        }

        private final class Counting extends TokenFilter {
            Counting(TokenStream input) {
                super(input);
            }

            @Override
            public boolean incrementToken() throws IOException {
                if (input.incrementToken()) {
                    tokens++;
                    return true;
                }
                return false;
            }
        }
    }

    /** The count, read by the index after it has indexed the text. */
    private static final class Count extends Field {
        private final Counted counted;

        Count(String name, Counted counted) {
            super(name, NumericDocValuesField.TYPE);
            this.counted = counted;
        }

        @Override
        public Number numericValue() {
            if (counted.tokens < 0) {
                throw new IllegalStateException(name() + " read before " + counted.name() + " was indexed");
            }
            return counted.tokens;
        }
    }
}
