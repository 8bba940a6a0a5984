package dev.dossier.model;

/** A money expression in a body. */
public record MoneyMention(Span span, String text, Money money, String rule) {
    public MoneyMention {
        Checks.present(span, "span");
        Checks.present(text, "text");
        Checks.present(money, "money");
        Checks.text(rule, "rule");
    }
}
