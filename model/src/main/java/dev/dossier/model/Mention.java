package dev.dossier.model;

/** A place in a body that names an entity, and the rule or lexicon that found it. */
public record Mention(Span span, String text, Entity entity, MentionKind kind, String rule) {
    public Mention {
        Checks.present(span, "span");
        Checks.present(text, "text");
        Checks.present(entity, "entity");
        Checks.present(kind, "kind");
        Checks.text(rule, "rule");
    }
}
