package dev.dossier.nlp.attribution;

import dev.dossier.model.Span;
import dev.dossier.model.Token;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Token-level helpers over one sentence: token texts, clause edges, quotes. */
final class Clause {
    private static final Set<String> BREAKS = Set.of(",", ";", ":", "\u201C", "\u201D", "\"", "\u2014", "(", ")",
            "\u2013", "--", "\u00AB", "\u00BB", "\u201E");
    private static final Set<String> QUOTES = Set.of("\u201C", "\u201D", "\"", "\u00AB", "\u00BB", "\u201E");
    private static final Set<String> RELATIVES = Set.of("that", "which", "who", "whom", "whose");
    private static final Set<String> CONJUNCTIONS = Set.of("and", "but", "while", "as", "after", "when", "because",
            "although", "though", "whereas", "so", "yet");

    private static final int MAX_QUOTED_NAME_TOKENS = 4;

    final String body;
    final List<Token> tokens;
    final int first;
    final int end;
    private final Texts texts;
    private final Set<String> complementizers;

    /**
     * One sentence: tokens {@code first..end-1} of the document whose token {@link Texts texts} are given;
     * {@code complementizers} open a reported clause ("that").
     */
    Clause(Texts texts, int first, int end, Set<String> complementizers) {
        this.body = texts.body;
        this.tokens = texts.tokens;
        this.texts = texts;
        this.first = first;
        this.end = end;
        this.complementizers = complementizers;
    }

    /**
     * The texts of a document's tokens, each cut from the body once and lower-cased once when asked: the
     * readers look at every token's text many times over (each "according to" phrase, each frame).
     */
    static final class Texts {
        private final String body;
        private final List<Token> tokens;
        private final String[] texts;
        private final String[] lowered;

        Texts(String body, List<Token> tokens) {
            this.body = body;
            this.tokens = tokens;
            this.texts = new String[tokens.size()];
            this.lowered = new String[tokens.size()];
        }

        String text(int i) {
            String text = texts[i];
            if (text == null) {
                text = tokens.get(i).span().of(body);
                texts[i] = text;
            }
            return text;
        }

        String lowered(int i) {
            String text = lowered[i];
            if (text == null) {
                text = text(i).toLowerCase(Locale.ROOT);
                lowered[i] = text;
            }
            return text;
        }
    }

    /** "that", "que", "dass" …: a word that opens the reported clause. */
    boolean isComplementizer(int i) {
        return complementizers.contains(text(i));
    }

    /** The first complementizer in {@code from..limit-1}, or -1. */
    int complementizer(int from, int limit) {
        for (int i = from; i < Math.min(end, limit); i++) {
            if (isComplementizer(i)) {
                return i;
            }
        }
        return -1;
    }

    String text(int i) {
        return i >= first && i < end ? texts.text(i) : "";
    }

    /** {@link #text} lower-cased. */
    String lowered(int i) {
        return i >= first && i < end ? texts.lowered(i) : "";
    }

    boolean isBreak(int i) {
        return BREAKS.contains(text(i));
    }

    boolean isQuote(int i) {
        return QUOTES.contains(text(i));
    }

    /** First token of the noun phrase that ends at {@code last}: back to a break, a conjunction or "that". */
    int phraseStart(int last) {
        int i = last;
        while (i > first && !isBreak(i - 1) && !CONJUNCTIONS.contains(text(i - 1)) && !RELATIVES.contains(text(i - 1))) {
            i--;
        }
        return i;
    }

    /** Last token (inclusive) of the phrase that starts at {@code start}: up to a break or the sentence end. */
    int phraseEnd(int start) {
        int i = start;
        while (i + 1 < end && !isBreak(i + 1) && !text(i + 1).equals(".")) {
            i++;
        }
        return i;
    }

    /**
     * Like {@link #phraseEnd}, but a name in guillemets belongs to the phrase: "глава концерна «Техмаш»
     * Игорь Соколов", "le directeur de «Naval Group»" (at most {@value #MAX_QUOTED_NAME_TOKENS} words).
     */
    int phraseEndOverQuotedNames(int start) {
        int i = phraseEnd(start);
        while (text(i + 1).equals("\u00AB")) {
            int close = indexOf("\u00BB", i + 2, i + 3 + MAX_QUOTED_NAME_TOKENS);
            if (close < 0) {
                return i;
            }
            boolean continues = close + 1 < end && !isBreak(close + 1) && !text(close + 1).equals(".");
            i = continues ? phraseEnd(close + 1) : close;
        }
        return i;
    }

    /** The span of tokens {@code from..toInclusive}, or null when that is not a range inside this sentence. */
    Span span(int from, int toInclusive) {
        if (from < first || toInclusive >= end || toInclusive < from) {
            return null;
        }
        return new Span(tokens.get(from).span().start(), tokens.get(toInclusive).span().end());
    }

    /** The span from token {@code from} to the sentence end, without closing punctuation. */
    int lastContentToken() {
        int i = end - 1;
        while (i > first && (text(i).equals(".") || text(i).equals("\u201D") || text(i).equals("\"")
                || text(i).equals("!"))) {
            i--;
        }
        return i;
    }

    int indexOf(String word, int from, int limit) {
        for (int i = from; i < Math.min(end, limit); i++) {
            if (text(i).equals(word)) {
                return i;
            }
        }
        return -1;
    }
}
