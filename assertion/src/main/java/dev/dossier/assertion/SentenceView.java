package dev.dossier.assertion;

import dev.dossier.model.AnnotatedDocument;
import dev.dossier.model.Attribution;
import dev.dossier.model.EntityType;
import dev.dossier.model.Mention;
import dev.dossier.model.MentionKind;
import dev.dossier.model.MoneyMention;
import dev.dossier.model.QuantityMention;
import dev.dossier.model.Sentence;
import dev.dossier.model.Span;
import dev.dossier.model.TimeMention;
import java.util.List;
import java.util.Optional;

/**
 * One sentence with what the language layer found in it; offsets are body offsets. {@code scan}
 * holds what the cue lexicon works out once per sentence ({@link SentenceScan}).
 */
record SentenceView(
        AnnotatedDocument document,
        Sentence sentence,
        Span span,
        List<Mention> mentions,
        List<TimeMention> times,
        List<MoneyMention> money,
        List<QuantityMention> quantities,
        List<Attribution> attributions,
        SentenceScan scan) {

    /** After a state's adjective, the compound that makes it a description ("Chinese-language"). */
    private static final java.util.regex.Pattern DESCRIPTION_AFTER = java.util.regex.Pattern.compile(
            "-(?:language|speaking)\\b", java.util.regex.Pattern.CASE_INSENSITIVE);

    /** One sentence, its items found by filtering the document's lists (see {@link DocumentViews} for all at once). */
    static SentenceView of(AnnotatedDocument doc, Sentence sentence) {
        Span span = trimmed(doc.body(), sentence.span());
        return of(doc, sentence, span, doc.mentions().stream().filter(m -> span.contains(m.span())).toList(),
                doc.times().stream().filter(t -> span.contains(t.span())).toList(),
                doc.money().stream().filter(m -> span.contains(m.span())).toList(),
                doc.quantities().stream().filter(q -> span.contains(q.span())).toList(),
                doc.attributions().stream().filter(a -> a.content().overlaps(span) || span.contains(a.cue())).toList());
    }

    /**
     * One sentence from the items already found in its trimmed {@code span}, each list in the
     * document's order; a state named only inside a description ("Chinese-language") is left out.
     */
    static SentenceView of(AnnotatedDocument doc, Sentence sentence, Span span, List<Mention> named,
            List<TimeMention> times, List<MoneyMention> money, List<QuantityMention> quantities,
            List<Attribution> attributions) {
        List<Mention> mentions = new java.util.ArrayList<>(named.stream().filter(m -> !description(doc.body(), m)).toList());
        mentions.addAll(countedSystems(quantities, mentions));
        mentions.sort((a, b) -> a.span().compareTo(b.span()));
        return new SentenceView(doc, sentence, span, List.copyOf(mentions), List.copyOf(times), List.copyOf(money),
                List.copyOf(quantities), List.copyOf(attributions), new SentenceScan(doc.body(), span));
    }

    /** "the Chinese-language daily": a state's adjective compounded into a description names no state. */
    private static boolean description(String body, Mention m) {
        if (m.entity().type() != EntityType.COUNTRY) {
            return false;
        }
        String after = body.substring(m.span().end(), Math.min(body.length(), m.span().end() + 12));
        return DESCRIPTION_AFTER.matcher(after).lookingAt();
    }

    /** "eight CAESAR howitzers": a system the language layer found only inside a counted phrase. */
    private static List<Mention> countedSystems(List<QuantityMention> quantities, List<Mention> named) {
        return quantities.stream()
                .filter(q -> q.entity().map(e -> e.type() == EntityType.WEAPON).orElse(false))
                .filter(q -> named.stream().noneMatch(m -> m.entity().type() == EntityType.WEAPON
                        && m.span().overlaps(q.span())))
                .map(q -> new Mention(q.span(), q.text(), q.entity().get(), MentionKind.NAME, "quantity-" + q.rule()))
                .toList();
    }

    static Span trimmed(String body, Span span) {
        int start = Math.min(span.start(), body.length());
        int end = Math.min(span.end(), body.length());
        while (start < end && Character.isWhitespace(body.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(body.charAt(end - 1))) {
            end--;
        }
        return new Span(start, end);
    }

    int index() {
        return sentence.index();
    }

    String body() {
        return document.body();
    }

    String text() {
        return span.of(document.body());
    }

    String text(Span part) {
        return part.of(document.body());
    }

    /** Mentions of {@code type} inside {@code range}, in reading order. */
    List<Mention> mentions(EntityType type, Span range) {
        return mentions.stream().filter(m -> m.entity().type() == type && range.contains(m.span())).toList();
    }

    /** The attribution whose reported content holds {@code offset}, if any. */
    Optional<Attribution> attributionAt(int offset) {
        return attributions.stream().filter(a -> a.content().start() <= offset && offset < a.content().end())
                .findFirst();
    }

    /** The attribution that best covers this sentence: one whose content holds the trigger, else any here. */
    Optional<Attribution> attributionFor(Span trigger) {
        return attributionAt(trigger.start()).or(() -> attributions.stream().filter(a -> span.contains(a.cue())
                && a.content().overlaps(span)).findFirst());
    }
}
