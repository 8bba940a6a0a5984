package dev.dossier.nlp.time;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One recognition rule: a precompiled pattern, the words a match can start with, and how a
 * match becomes a time expression. The tagger tries a rule only where one of its trigger
 * words starts, which keeps the whole set fast on long texts.
 */
record Rule(String id, Triggers triggers, Pattern pattern, Resolver resolver) {

    /** Turns a match into a time expression, or empty when the context says it is none. */
    @FunctionalInterface
    interface Resolver {
        Optional<Found> resolve(Matcher match, Context context, String ruleId);
    }

    static Rule of(String id, Triggers triggers, String regex, Resolver resolver) {
        return new Rule(id, triggers, Pattern.compile(regex), resolver);
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
