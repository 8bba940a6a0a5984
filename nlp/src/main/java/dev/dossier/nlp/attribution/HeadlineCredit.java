package dev.dossier.nlp.attribution;

import dev.dossier.model.Span;
import java.util.Optional;
import java.util.Set;

/**
 * A headline that credits its claim after a colon or a dash, with no verb: "Peru to get first
 * jets in May: official", "Deliveries delayed to 2027 — minister". The credit is a short phrase
 * (at most {@value #MAX_CREDIT_TOKENS} words) that ends the sentence without a full stop, after at
 * least {@value #MIN_CLAIM_TOKENS} words of claim. Whether the credit names a speaker is left to
 * the resolver.
 */
final class HeadlineCredit {
    private static final int MAX_CREDIT_TOKENS = 4;
    private static final int MIN_CLAIM_TOKENS = 3;
    private static final Set<String> SEPARATORS = Set.of(":", "\u2014", "\u2013", "-");

    /** The claim, the separator (as cue) and the credit of one headline-like sentence. */
    record Parts(Span claim, Span cue, Span credit) {
    }

    private HeadlineCredit() {
    }

    static Optional<Parts> read(Clause clause) {
        int last = clause.end - 1;
        if (last <= clause.first || clause.text(last).equals(".")) {
            return Optional.empty();
        }
        int separator = last;
        while (separator > clause.first && last - separator < MAX_CREDIT_TOKENS && !SEPARATORS.contains(
                clause.text(separator))) {
            separator--;
        }
        boolean spaced = separator > clause.first && clause.tokens.get(separator).span().start()
                > clause.tokens.get(separator - 1).span().end();
        if (!SEPARATORS.contains(clause.text(separator)) || separator == last
                || separator - clause.first < MIN_CLAIM_TOKENS || !clause.text(separator).equals(":") && !spaced) {
            return Optional.empty();
        }
        for (int i = separator + 1; i <= last; i++) {
            if (clause.isBreak(i) || !Character.isLetter(clause.text(i).charAt(0))) {
                return Optional.empty();
            }
        }
        return Optional.of(new Parts(clause.span(clause.first, separator - 1), clause.span(separator, separator),
                clause.span(separator + 1, last)));
    }
}
