package dev.dossier.nlp.text;

import dev.dossier.model.Sentence;
import dev.dossier.model.Span;
import dev.dossier.model.Token;
import dev.dossier.model.TokenKind;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Groups tokens into sentences. A sentence ends at a line break, or at ".", "!", "?" or "…"
 * (with any closing quotes and brackets kept in it) before a capitalised word, a number or an
 * opening quote. The full stops of Chinese and Japanese ("。", "！", "？") end a sentence whatever
 * follows, since those scripts have no capitals. Abbreviations end a sentence only as
 * {@link Abbreviations} allows. Thread-safe.
 */
public final class SentenceSplitter {
    private static final Pattern TICKER = Pattern.compile("\\([A-Z0-9]{1,8}(\\.)[A-Z]{1,4}\\)");
    private static final int MAX_TICKER_CHARS = 12;
    private final Abbreviations abbreviations;

    public SentenceSplitter(Abbreviations abbreviations) {
        this.abbreviations = abbreviations;
    }

    public List<Sentence> split(String text, List<Token> tokens) {
        List<Sentence> sentences = new ArrayList<>();
        int first = 0;
        for (int i = 0; i < tokens.size(); i++) {
            int last = closingRun(text, tokens, i);
            boolean end = last + 1 >= tokens.size() || lineBreakAfter(text, tokens, last)
                    || endsAt(text, tokens, i, last + 1);
            if (end) {
                sentences.add(new Sentence(sentences.size(),
                        new Span(tokens.get(first).span().start(), tokens.get(last).span().end())));
                first = last + 1;
                i = last;
            }
        }
        return sentences;
    }

    /** Index of the last closing quote or bracket attached after a terminal token, or {@code i}. */
    private static int closingRun(String text, List<Token> tokens, int i) {
        if (!isTerminal(text, tokens.get(i))) {
            return i;
        }
        int last = i;
        while (last + 1 < tokens.size() && isClosing(text, tokens.get(last), tokens.get(last + 1))) {
            last++;
        }
        return last;
    }

    private boolean endsAt(String text, List<Token> tokens, int i, int next) {
        Token token = tokens.get(i);
        String word = token.span().of(text);
        Token following = tokens.get(next);
        char start = text.charAt(following.span().start());
        boolean opensSentence = Character.isUpperCase(start) || Character.isDigit(start) || isOpeningQuote(start)
                || start == '(' || start == '[' || start == '-' || start == '\u2014';
        if (inTicker(text, token.span().end() - 1)) {
            return false;
        }
        if (token.kind() == TokenKind.PUNCTUATION) {
            return isTerminal(text, token) && (opensSentence || isIdeographicStop(text.charAt(token.span().start())));
        }
        if (token.kind() != TokenKind.WORD || word.length() < 2 || !word.endsWith(".")) {
            return false;
        }
        return switch (abbreviations.kind(word)) {
            case TITLE -> false;
            case NUMBER -> opensSentence && following.kind() != TokenKind.NUMBER;
            case OTHER -> abbreviations.isSentenceStarter(following.span().of(text))
                    || following.kind() == TokenKind.PUNCTUATION && isOpeningQuote(start);
        };
    }

    /** "General Dynamics (GD.N)": the dot of a stock-exchange ticker in brackets ends nothing. */
    private static boolean inTicker(String text, int dot) {
        if (text.charAt(dot) != '.') {
            return false; // asked at every token: the pattern runs only where its dot is
        }
        Matcher m = TICKER.matcher(text).region(Math.max(0, dot - MAX_TICKER_CHARS), Math.min(text.length(),
                dot + MAX_TICKER_CHARS));
        while (m.find()) {
            if (m.start(1) == dot) {
                return true;
            }
        }
        return false;
    }

    private static boolean isTerminal(String text, Token token) {
        if (token.kind() != TokenKind.PUNCTUATION) {
            return false;
        }
        char c = text.charAt(token.span().start());
        return c == '.' || c == '!' || c == '?' || c == '\u2026' || isIdeographicStop(c);
    }

    /** "。", the full-width "！" and "？" (and the half-width ideographic stop "｡"). */
    private static boolean isIdeographicStop(char c) {
        return c == '\u3002' || c == '\uFF01' || c == '\uFF1F' || c == '\uFF61';
    }

    private static boolean isClosing(String text, Token previous, Token token) {
        char c = text.charAt(token.span().start());
        boolean attached = previous.span().end() == token.span().start();
        return c == '\u201D' || c == '\u2019' || c == ')' || c == ']' || c == '\u00BB'
                || c == '\u300D' || c == '\u300F' || c == '\uFF09'
                || ((c == '"' || c == '\'') && attached);
    }

    private static boolean isOpeningQuote(char c) {
        return c == '\u201C' || c == '"' || c == '\u2018' || c == '\u00AB' || c == '\'';
    }

    private static boolean lineBreakAfter(String text, List<Token> tokens, int i) {
        int from = tokens.get(i).span().end();
        int to = tokens.get(i + 1).span().start();
        for (int k = from; k < to; k++) {
            if (text.charAt(k) == '\n') {
                return true;
            }
        }
        return false;
    }
}
