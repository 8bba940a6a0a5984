package dev.dossier.nlp.time;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One recognition rule: a precompiled pattern and how a match becomes a time expression. */
record Rule(String id, Pattern pattern, Resolver resolver) {

    /** Turns a match into a time expression, or empty when the context says it is none. */
    @FunctionalInterface
    interface Resolver {
        Optional<Found> resolve(Matcher match, Context context, String ruleId);
    }

    static Rule of(String id, String regex, Resolver resolver) {
        return new Rule(id, Pattern.compile(regex), resolver);
    }
}
