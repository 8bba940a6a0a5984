package dev.dossier.model;

/** One token of a body: its span and kind. The text is {@code span.of(body)}. */
public record Token(Span span, TokenKind kind) {
    public Token {
        Checks.present(span, "span");
        Checks.present(kind, "kind");
    }
}
