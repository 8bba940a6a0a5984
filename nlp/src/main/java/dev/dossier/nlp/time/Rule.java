package dev.dossier.nlp.time;

import dev.dossier.nlp.text.Fold;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One recognition rule: a precompiled pattern, the words a match can start with, the words every
 * match contains, and how a match becomes a time expression. The tagger tries a rule only where
 * one of its trigger words starts, and only in a text that holds all its needed words, which
 * keeps the whole set fast on long texts.
 *
 * @param needs words every match contains in some case, {@link #fold folded}: "лет" and "назад"
 *     for "{n} лет назад"; a text without one of them has no match
 */
record Rule(String id, Triggers triggers, Pattern pattern, List<String> needs, Resolver resolver) {

    /** Turns a match into a time expression, or empty when the context says it is none. */
    @FunctionalInterface
    interface Resolver {
        Optional<Found> resolve(Matcher match, Context context, String ruleId);
    }

    static Rule of(String id, Triggers triggers, String regex, Resolver resolver) {
        return new Rule(id, triggers, Pattern.compile(regex), List.of(), resolver);
    }

    /**
     * This rule with {@code words} needed, each as the pattern matches it case-insensitively. A word
     * whose fold is not stable (folded twice it changes again) is left out: it might match text
     * whose fold differs.
     */
    Rule needing(List<String> words) {
        return new Rule(id, triggers, pattern, words.stream().map(Rule::fold)
                .filter(w -> !w.isEmpty() && fold(w).equals(w)).toList(), resolver);
    }

    /**
     * {@code text} folded char by char as Java's case-insensitive Unicode matching compares it (lower
     * case of upper case), so a text the pattern matches, folded, contains each needed word.
     */
    static String fold(String text) {
        char[] chars = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char folded = Fold.caseFold(c);
            if (folded != c) {
                if (chars == null) {
                    chars = text.toCharArray();
                }
                chars[i] = folded;
            }
        }
        return chars == null ? text : new String(chars);
    }

    /**
     * Where a match may start: at a word whose lower-cased letters-and-digits (or letters
     * alone, for "FY2020" and "Q3") are one of {@code words}, or at any number when {@code digits}.
     */
    record Triggers(Set<String> words, boolean digits) {
        static final Triggers DIGITS = new Triggers(Set.of(), true);

        static Triggers words(Stream<String> words) {
            return new Triggers(words.map(Triggers::key).collect(Collectors.toUnmodifiableSet()), false);
        }

        static Triggers words(String... words) {
            return words(Stream.of(words));
        }

        Triggers and(Triggers other) {
            return new Triggers(Stream.concat(words.stream(), other.words.stream())
                    .collect(Collectors.toUnmodifiableSet()), digits || other.digits);
        }

        Triggers withDigits() {
            return new Triggers(words, true);
        }

        /** The first word of a phrase, lower-cased, letters and digits only: "Sept." → "sept". */
        static String key(String phrase) {
            String first = phrase.trim().split("[\\s\\-]+")[0].toLowerCase(Locale.ROOT);
            int end = 0;
            while (end < first.length() && Character.isLetterOrDigit(first.charAt(end))) {
                end++;
            }
            return first.substring(0, end);
        }
    }
}
