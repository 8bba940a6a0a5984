package dev.dossier.nlp.text;

import dev.dossier.model.Span;
import dev.dossier.model.Token;
import dev.dossier.model.TokenKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits a body into tokens without altering it. Keeps whole what news text means as one unit:
 * designations ("S-400", "Su-35S", "MQ-9B", "F/A-18"), hyphenated compounds, decimals and grouped
 * numbers ("2.5", "12,000"), initialisms ("U.S.") and known abbreviations ("Gen.", "Nov.").
 * Splits the possessive "'s" and unit suffixes glued to numbers ("3.4bn" → "3.4", "bn").
 * Thread-safe.
 */
public final class Tokenizer {
    private static final Set<String> NUMBER_SUFFIXES = Set.of(
            "bn", "b", "m", "mn", "mln", "k", "tn", "trn", "cr", "kg", "km", "mm", "cm", "t", "bln");

    private final Abbreviations abbreviations;

    public Tokenizer(Abbreviations abbreviations) {
        this.abbreviations = abbreviations;
    }

    public List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>(text.length() / 5 + 4);
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                i++;
            } else if (Character.isLetterOrDigit(c)) {
                i = word(text, i, tokens);
            } else {
                i = symbol(text, i, tokens);
            }
        }
        return tokens;
    }

    private int word(String text, int start, List<Token> tokens) {
        int initials = initialism(text, start);
        if (initials > start) {
            tokens.add(new Token(new Span(start, initials), TokenKind.WORD));
            return initials;
        }
        int end = wordEnd(text, start);
        end = splitNumberSuffix(text, start, end, tokens);
        if (end < 0) {
            return -end;
        }
        if (end < text.length() && text.charAt(end) == '.' && abbreviations.isAbbreviation(text, start, end)) {
            end++;
        }
        tokens.add(new Token(new Span(start, end), kindOf(text, start, end)));
        return end;
    }

    /** "U.S.", "U.K.", "e.g.", and a name initial "J." followed by a capitalised word. */
    private static int initialism(String text, int start) {
        int i = start;
        int letters = 0;
        while (i + 1 < text.length() && Character.isLetter(text.charAt(i)) && text.charAt(i + 1) == '.'
                && (i == start || text.charAt(i - 1) == '.')) {
            i += 2;
            letters++;
        }
        if (letters >= 2 && (i >= text.length() || !Character.isLetterOrDigit(text.charAt(i)))) {
            return i;
        }
        if (letters == 1 && Character.isUpperCase(text.charAt(start)) && i + 1 < text.length()
                && text.charAt(i) == ' ' && Character.isUpperCase(text.charAt(i + 1))
                && (start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1)))) {
            return i;
        }
        return start;
    }

    private static int wordEnd(String text, int start) {
        int n = text.length();
        int i = start + 1;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c) || isMark(c)) {
                i++;
            } else if (i + 1 < n && joins(text, start, i, c)) {
                i += 2;
            } else {
                break;
            }
        }
        return i;
    }

    /**
     * A combining mark belongs to its word: Devanagari writes most vowels as spacing marks
     * ("विमान" is four characters, two of them marks), Arabic and Hebrew their vowel points.
     */
    private static boolean isMark(char c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    private static boolean joins(String text, int start, int i, char c) {
        char prev = text.charAt(i - 1);
        char next = text.charAt(i + 1);
        switch (c) {
            case '-', '\u2010', '\u2011' -> { return Character.isLetterOrDigit(next); }
            case '.' -> { return Character.isDigit(prev) && Character.isDigit(next) && allDigits(text, start, i); }
            case ',' -> { return Character.isDigit(prev) && groupOfThree(text, i + 1) && allDigits(text, start, i); }
            case '\'', '\u2019' -> { return Character.isLetter(prev) && Character.isLetter(next) && !possessive(text, i); }
            case '/' -> { return i - start <= 2 && Character.isUpperCase(prev) && Character.isUpperCase(next); }
            case '&' -> { return i - start <= 3 && Character.isUpperCase(prev) && Character.isUpperCase(next); }
            default -> { return false; }
        }
    }

    private static boolean allDigits(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (!Character.isDigit(c) && c != '.' && c != ',') {
                return false;
            }
        }
        return true;
    }

    private static boolean groupOfThree(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isDigit(text.charAt(i))) {
            i++;
        }
        return i - from == 3;
    }

    private static boolean possessive(String text, int apostrophe) {
        int after = apostrophe + 2;
        char s = text.charAt(apostrophe + 1);
        return (s == 's' || s == 'S') && (after >= text.length() || !Character.isLetterOrDigit(text.charAt(after)));
    }

    /** Splits "3.4bn" into "3.4" and "bn"; returns the new end, or minus the end when it added both tokens. */
    private static int splitNumberSuffix(String text, int start, int end, List<Token> tokens) {
        if (!Character.isDigit(text.charAt(start))) {
            return end;
        }
        int digitsEnd = start;
        while (digitsEnd < end && (Character.isDigit(text.charAt(digitsEnd)) || text.charAt(digitsEnd) == '.'
                || text.charAt(digitsEnd) == ',')) {
            digitsEnd++;
        }
        if (digitsEnd == end || digitsEnd == start) {
            return end;
        }
        String suffix = text.substring(digitsEnd, end).toLowerCase(java.util.Locale.ROOT);
        if (!NUMBER_SUFFIXES.contains(suffix)) {
            return end;
        }
        tokens.add(new Token(new Span(start, digitsEnd), TokenKind.NUMBER));
        tokens.add(new Token(new Span(digitsEnd, end), TokenKind.WORD));
        return -end;
    }

    private static TokenKind kindOf(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (!Character.isDigit(c) && c != '.' && c != ',') {
                return TokenKind.WORD;
            }
        }
        return TokenKind.NUMBER;
    }

    private int symbol(String text, int start, List<Token> tokens) {
        char c = text.charAt(start);
        int end = start + 1;
        if ((c == '\'' || c == '\u2019') && end < text.length() && possessive(text, start)) {
            end = start + 2;
            tokens.add(new Token(new Span(start, end), TokenKind.WORD));
            return end;
        }
        while ((c == '.' || c == '-') && end < text.length() && text.charAt(end) == c) {
            end++;
        }
        TokenKind kind = isPunctuation(c) ? TokenKind.PUNCTUATION : TokenKind.SYMBOL;
        tokens.add(new Token(new Span(start, end), kind));
        return end;
    }

    private static boolean isPunctuation(char c) {
        int type = Character.getType(c);
        return type == Character.OTHER_PUNCTUATION || type == Character.DASH_PUNCTUATION
                || type == Character.START_PUNCTUATION || type == Character.END_PUNCTUATION
                || type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION
                || type == Character.CONNECTOR_PUNCTUATION;
    }
}
