package dev.dossier.model;

import java.util.List;
import java.util.Optional;

/** A document with what the language layer read in it; every span points into its body. */
public record AnnotatedDocument(
        Document document,
        List<Token> tokens,
        List<Sentence> sentences,
        List<Mention> mentions,
        List<TimeMention> times,
        List<MoneyMention> money,
        List<QuantityMention> quantities,
        List<Attribution> attributions) {

    public AnnotatedDocument {
        Checks.present(document, "document");
        tokens = Checks.list(tokens, "tokens");
        sentences = Checks.list(sentences, "sentences");
        mentions = Checks.list(mentions, "mentions");
        times = Checks.list(times, "times");
        money = Checks.list(money, "money");
        quantities = Checks.list(quantities, "quantities");
        attributions = Checks.list(attributions, "attributions");
    }

    /** A document the language layer did not read (skipped or failed): no annotations. */
    public static AnnotatedDocument bare(Document document) {
        return new AnnotatedDocument(document, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of());
    }

    public String body() {
        return document.body();
    }

    /** The sentence that contains {@code span}'s start, if any. */
    public Optional<Sentence> sentenceAt(int offset) {
        for (Sentence sentence : sentences) {
            if (sentence.span().start() <= offset && offset < sentence.span().end()) {
                return Optional.of(sentence);
            }
        }
        return Optional.empty();
    }

    public <T> List<T> within(List<T> items, java.util.function.Function<T, Span> spanOf, Span range) {
        return items.stream().filter(item -> range.contains(spanOf.apply(item))).toList();
    }
}
