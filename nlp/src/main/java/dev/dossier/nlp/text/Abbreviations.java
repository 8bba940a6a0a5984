package dev.dossier.nlp.text;

import dev.dossier.nlp.lexicon.Tsv;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Words that take a period without ending a sentence ("Gen.", "Nov.", "No.", "Inc."), read from
 * {@code abbreviations.tsv}, and the words that typically open a sentence, read from
 * {@code sentence-starters.tsv}, which decide whether "U.S." or "Inc." ends one.
 */
public final class Abbreviations {
    /** How an abbreviation behaves at a possible sentence end. */
    public enum Kind {
        /** Never ends a sentence: "Gen.", "Mr.". */
        TITLE,
        /** Does not end one before a number: "No. 5", "Nov. 12". */
        NUMBER,
        /** Ends one only before a typical sentence opener: "Inc. The …". */
        OTHER
    }

    private final Map<String, Kind> kinds = new HashMap<>();
    private final Set<String> starters = new HashSet<>();

    public Abbreviations(Tsv abbreviations, Tsv sentenceStarters) {
        for (Tsv.Row row : abbreviations.rows()) {
            String kind = row.get("kind");
            kinds.put(row.get("abbreviation").toLowerCase(Locale.ROOT),
                    "title".equals(kind) ? Kind.TITLE : "other".equals(kind) ? Kind.OTHER : Kind.NUMBER);
        }
        for (Tsv.Row row : sentenceStarters.rows()) {
            starters.add(row.get("word"));
        }
    }

    public static Abbreviations standard() {
        return new Abbreviations(Tsv.resource("abbreviations.tsv"), Tsv.resource("sentence-starters.tsv"));
    }

    /** True when {@code text[start, end)} followed by a period is a known abbreviation. */
    public boolean isAbbreviation(String text, int start, int end) {
        return end - start <= 6 && kinds.containsKey(text.substring(start, end).toLowerCase(Locale.ROOT));
    }

    /** The kind of an abbreviation token with its period ("Gen."), or OTHER for an initialism ("U.S."). */
    public Kind kind(String token) {
        String word = token.substring(0, token.length() - 1).toLowerCase(Locale.ROOT);
        if (token.length() == 2 && Character.isUpperCase(token.charAt(0))) {
            return Kind.TITLE;
        }
        return kinds.getOrDefault(word, Kind.OTHER);
    }

    /** True for a word ("The", "He", "But") that commonly opens a sentence. */
    public boolean isSentenceStarter(String word) {
        return starters.contains(word);
    }
}
