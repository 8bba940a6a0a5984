package dev.dossier.assertion;

import dev.dossier.model.AnnotatedDocument;
import dev.dossier.model.Attribution;
import dev.dossier.model.DateBasis;
import dev.dossier.model.Document;
import dev.dossier.model.DocumentStatus;
import dev.dossier.model.Entity;
import dev.dossier.model.EntityType;
import dev.dossier.model.Mention;
import dev.dossier.model.MentionKind;
import dev.dossier.model.Metadata;
import dev.dossier.model.Money;
import dev.dossier.model.MoneyMention;
import dev.dossier.model.PartialDate;
import dev.dossier.model.PublicationDate;
import dev.dossier.model.Quantity;
import dev.dossier.model.QuantityMention;
import dev.dossier.model.Sentence;
import dev.dossier.model.Span;
import dev.dossier.model.Stance;
import dev.dossier.model.TimeMention;
import dev.dossier.model.TimexType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds an annotated document by hand, the way the language layer would: each call marks every
 * occurrence of a literal text. Sentences split after . ! ? (and a closing quote).
 */
public final class Fixture {
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?][\"”]?)\\s+(?=[A-Z\"“])");
    private final String id;
    private final String body;
    private final List<Mention> mentions = new ArrayList<>();
    private final List<TimeMention> times = new ArrayList<>();
    private final List<MoneyMention> money = new ArrayList<>();
    private final List<QuantityMention> quantities = new ArrayList<>();
    private final List<Attribution> attributions = new ArrayList<>();
    private Metadata metadata = Metadata.empty();

    private Fixture(String id, String body) {
        this.id = id;
        this.body = body;
    }

    public static Fixture doc(String id, String body) {
        return new Fixture(id, body);
    }

    public Fixture published(String iso) {
        metadata = metadata.withPublished(new PublicationDate(PartialDate.parse(iso), DateBasis.METADATA));
        return this;
    }

    public Fixture country(String text, String name) {
        return entity(text, new Entity("c:" + name, name, EntityType.COUNTRY), kindOf(text, name));
    }

    public Fixture weapon(String text, String name, String country) {
        return entity(text, new Entity("w:" + name, name, EntityType.WEAPON, List.of(), Map.of("country", country)),
                MentionKind.NAME);
    }

    /** A weapon with the category the language layer's lexicon gives it ("drone", "tank"). */
    public Fixture weapon(String text, String name, String country, String category) {
        return entity(text, new Entity("w:" + name, name, EntityType.WEAPON, List.of(),
                Map.of("country", country, "category", category)), MentionKind.NAME);
    }

    public Fixture person(String text, String name) {
        return entity(text, new Entity("p:" + name, name, EntityType.PERSON), MentionKind.NAME);
    }

    public Fixture organisation(String text, String name, String country) {
        return entity(text, new Entity("o:" + name, name, EntityType.ORGANISATION, List.of(),
                Map.of("country", country)), MentionKind.NAME);
    }

    public Fixture time(String text, String iso) {
        for (Span s : spans(text)) {
            times.add(new TimeMention(s, text, TimexType.DATE, Optional.of(iso), Optional.of(PartialDate.parse(iso)),
                    Optional.empty(), "fixture"));
        }
        return this;
    }

    /** A time expression the language layer found but could not resolve to a date ("on Tuesday" in a page dated by month). */
    public Fixture unresolvedTime(String text) {
        for (Span s : spans(text)) {
            times.add(new TimeMention(s, text, TimexType.DATE, Optional.empty(), Optional.empty(), Optional.empty(),
                    "fixture"));
        }
        return this;
    }

    public Fixture money(String text, double amount, String currency) {
        for (Span s : spans(text)) {
            money.add(new MoneyMention(s, text, new Money(amount, currency, false), "fixture"));
        }
        return this;
    }

    public Fixture quantity(String text, double amount, String unit) {
        for (Span s : spans(text)) {
            quantities.add(new QuantityMention(s, text, new Quantity(amount, unit, false), Optional.empty(),
                    Optional.empty(), "fixture"));
        }
        return this;
    }

    /** A counted phrase with a batch ordinal ("a first batch": one batch, the first). */
    public Fixture ordinal(String text, int ordinal, String unit) {
        for (Span s : spans(text)) {
            quantities.add(new QuantityMention(s, text, new Quantity(1, unit, false), Optional.of(ordinal),
                    Optional.empty(), "fixture"));
        }
        return this;
    }

    /** An attribution: {@code content} is reported by {@code speaker} (or a described one) through {@code via}. */
    public Fixture said(String content, String cue, String speaker, String description, String via, Stance stance) {
        return attribution(content, cue, speaker, description, via, stance, true);
    }

    /** An indirect attribution ("…, according to people who have seen it"). */
    public Fixture reported(String content, String cue, String speaker, String description, Stance stance) {
        return attribution(content, cue, speaker, description, null, stance, false);
    }

    private Fixture attribution(String content, String cue, String speaker, String description, String via,
            Stance stance, boolean direct) {
        Span c = spans(content).get(0);
        Span q = spans(cue).get(0);
        attributions.add(new Attribution(c, q, Optional.ofNullable(speaker), Optional.ofNullable(description),
                Optional.ofNullable(via), stance, direct, "fixture"));
        return this;
    }

    public AnnotatedDocument build() {
        Document d = new Document(id, id + ".txt", metadata, body, DocumentStatus.OK, Optional.empty());
        mentions.sort((a, b) -> a.span().compareTo(b.span()));
        times.sort((a, b) -> a.span().compareTo(b.span()));
        return new AnnotatedDocument(d, List.of(), sentences(), mentions, times, money, quantities, attributions);
    }

    private List<Sentence> sentences() {
        List<Sentence> out = new ArrayList<>();
        Matcher m = SENTENCE_END.matcher(body);
        int start = 0;
        while (m.find()) {
            out.add(new Sentence(out.size(), new Span(start, m.start())));
            start = m.end();
        }
        out.add(new Sentence(out.size(), new Span(start, body.length())));
        return out;
    }

    private Fixture entity(String text, Entity entity, MentionKind kind) {
        for (Span s : spans(text)) {
            mentions.add(new Mention(s, text, entity, kind, "fixture"));
        }
        return this;
    }

    private static MentionKind kindOf(String text, String name) {
        if (text.equals(name)) {
            return MentionKind.NAME;
        }
        return text.toLowerCase(Locale.ROOT).endsWith("n") || text.endsWith("sh") ? MentionKind.DEMONYM
                : MentionKind.METONYM;
    }

    private List<Span> spans(String text) {
        List<Span> out = new ArrayList<>();
        // Chinese and Japanese words touch their neighbours: no boundary is asked for beside a Han character
        String edge = "[\\p{L}\\d&&[^\\p{IsHan}]]";
        Matcher m = Pattern.compile("(?<!" + edge + ")" + Pattern.quote(text) + "(?!" + edge + ")").matcher(body);
        while (m.find()) {
            out.add(new Span(m.start(), m.end()));
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("not in the body: " + text);
        }
        return out;
    }
}
