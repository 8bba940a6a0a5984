package dev.dossier.nlp.attribution;

import dev.dossier.model.Span;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where reported content starts and ends around quotation marks: the opening mark of a quote that
 * closes before its cue (possibly sentences earlier), the closing mark after it, the span without
 * its marks or its dateline. Pure functions of the body text.
 */
final class QuoteSpans {
    private static final int MAX_QUOTE_CHARS = 2000;
    private static final Pattern DATELINE = Pattern.compile(
            "\\p{Lu}[\\p{Lu} ./'-]+(?:,? [\\p{L}]{3,9}\\.? \\d{1,2}(?:, \\d{4})?)?(?: \\([^)]{2,40}\\))? ?[\u2014\u2013-]+ ?");

    private QuoteSpans() {
    }

    /** Where the quote open at {@code from} closes, or -1 when another quote opens first or none closes in reach. */
    static int closingQuoteAfter(String body, int from) {
        for (int i = from; i < Math.min(body.length(), from + MAX_QUOTE_CHARS); i++) {
            char c = body.charAt(i);
            if (c == '\u201D' || c == '"' || c == '\u00BB') {
                return i;
            }
            if (c == '\u201C' || c == '\u00AB' || c == '\u201E') {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Content up to token {@code last} (exclusive): from the sentence start, or, when it closes a
     * quote, from the quote's opening mark, which may lie sentences earlier.
     */
    static Span contentBefore(Clause clause, int last) {
        boolean closesQuote = clause.isQuote(last) || clause.isQuote(last - 1)
                || isDash(clause.text(last)) && clause.text(last - 1).equals(",") && clause.isQuote(last - 2);
        int to = last - 1;
        while (to >= clause.first && (clause.text(to).equals(",") || clause.isQuote(to))) {
            to--;
        }
        if (to < clause.first) {
            return null;
        }
        int end = clause.tokens.get(to).span().end();
        int start = clause.tokens.get(clause.first).span().start();
        if (closesQuote) {
            start = openingQuoteBefore(clause.body, end, start);
        }
        return new Span(start, end);
    }

    /** Where the quote that closes after {@code end} opened, if within reach; else {@code fallback}. */
    private static int openingQuoteBefore(String body, int end, int fallback) {
        for (int i = end - 1; i >= Math.max(0, end - MAX_QUOTE_CHARS); i--) {
            char c = body.charAt(i);
            if (c == '\u201C' || c == '"' || c == '\u00AB' || c == '\u201E') {
                return i;
            }
            if (c == '\u201D' || c == '\u00BB') {
                return fallback;
            }
        }
        return fallback;
    }

    static boolean isDash(String token) {
        return token.equals("\u2014") || token.equals("\u2013") || token.equals("-");
    }

    /** The span without surrounding quotation marks (also the corner brackets of Japanese and Chinese, 「…」). */
    static Span unquote(String body, Span span) {
        int start = span.start();
        int end = span.end();
        while (start < end && "\u201C\u201D\u00AB\u00BB\u201E\"' ,\u300C\u300E".indexOf(body.charAt(start)) >= 0) {
            start++;
        }
        while (end > start && "\u201C\u201D\u00AB\u00BB\" ,\u300D\u300F".indexOf(body.charAt(end - 1)) >= 0) {
            end--;
        }
        return new Span(start, end);
    }

    /** "WARSAW — Poland has not signed …": the dateline is not part of what was said. */
    static Span withoutDateline(String body, Span span) {
        Matcher m = DATELINE.matcher(body).region(span.start(), span.end());
        return m.lookingAt() && m.end() < span.end() ? new Span(m.end(), span.end()) : span;
    }

    /** A content that opens a quote inside it ends after the quote closes: 'delivered "in months"'. */
    static Span balanced(String body, Span span) {
        int opens = 0;
        for (int i = span.start(); i < span.end(); i++) {
            char c = body.charAt(i);
            opens += c == '\u201C' || c == '\u00AB' || c == '\u201E' ? 1 : c == '\u201D' || c == '\u00BB' ? -1
                    : c == '"' ? (opens > 0 ? -1 : 1) : 0;
        }
        int end = span.end();
        if (opens > 0 && end < body.length() && "\"\u201D\u00BB".indexOf(body.charAt(end)) >= 0) {
            end++;
        }
        return new Span(span.start(), end);
    }

    static boolean isQuoted(String body, Span span) {
        return span.start() > 0 && "\u201C\"\u00AB\u201E\u300C\u300E".indexOf(body.charAt(span.start() - 1)) >= 0;
    }
}
