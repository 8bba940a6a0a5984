package dev.dossier.model;

import java.util.Optional;

/**
 * Where a claim stands: the document, the span in its clean body, the quoted text
 * ({@code quote} equals {@code body[span]}), what the source does with it, who said it and
 * through whom, and the rule that read it.
 */
public record Evidence(
        String document,
        Span span,
        String quote,
        Stance stance,
        Optional<String> attributedTo,
        Optional<String> via,
        String rule) {

    public Evidence {
        Checks.text(document, "document");
        Checks.present(span, "span");
        Checks.present(quote, "quote");
        Checks.present(stance, "stance");
        Checks.present(attributedTo, "attributedTo");
        Checks.present(via, "via");
        Checks.text(rule, "rule");
        if (quote.length() != span.length()) {
            throw new IllegalArgumentException("quote length " + quote.length() + " does not fit span " + span);
        }
    }
}
