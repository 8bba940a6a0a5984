package dev.dossier.store;

import dev.dossier.model.AnnotatedDocument;
import dev.dossier.model.Assertion;
import dev.dossier.model.Contradiction;
import dev.dossier.model.ContradictionKind;
import dev.dossier.model.ContradictionValue;
import dev.dossier.model.DateBasis;
import dev.dossier.model.Deal;
import dev.dossier.model.DealStatus;
import dev.dossier.model.Document;
import dev.dossier.model.DocumentGroup;
import dev.dossier.model.DocumentStatus;
import dev.dossier.model.Dossier;
import dev.dossier.model.Entity;
import dev.dossier.model.EntityType;
import dev.dossier.model.Event;
import dev.dossier.model.EventSource;
import dev.dossier.model.EventStatus;
import dev.dossier.model.EventType;
import dev.dossier.model.Evidence;
import dev.dossier.model.Grouping;
import dev.dossier.model.Mention;
import dev.dossier.model.MentionKind;
import dev.dossier.model.Metadata;
import dev.dossier.model.Money;
import dev.dossier.model.PartialDate;
import dev.dossier.model.PublicationDate;
import dev.dossier.model.Roles;
import dev.dossier.model.Slot;
import dev.dossier.model.Span;
import dev.dossier.model.Stance;
import dev.dossier.pipeline.DocumentResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A small hand-built dossier about an invented deal (written for these tests; no real story):
 * three articles, one of them hostile (script, onerror and javascript: payloads in its text and
 * metadata), two events, one deal with a contested delivery date and a value contradiction.
 */
public final class SampleDossier {
    public static final String A = "a000000000000001";
    public static final String B = "b000000000000002";
    public static final String HOSTILE = "c000000000000003";

    public static final String BODY_A = "Sweden signed a contract with Chile for 12 Gripen fighters in March 2021.\n\n"
            + "The deal is worth about $1.2 billion, officials said.\n\n"
            + "The first aircraft arrived in May 2023, the defence ministry said.";
    public static final String BODY_B = "Chile received its first Gripen fighters from Sweden in June 2023.\n\n"
            + "A ministry spokesman put the value of the contract at $1.5 billion.";
    public static final String BODY_HOSTILE = "Reports said <script>window.__pwned=1</script> Chile may order more "
            + "Gripen jets.\n\n<img src=x onerror=\"window.__pwned=2\"> Sweden said talks went on.\n\n"
            + "Read more at javascript:window.__pwned=3 for details.";

    private SampleDossier() {}

    public static List<DocumentResult> results() {
        return List.of(result(document(A, "alpha.txt", BODY_A, "Gripen contract signed", "Daily Alpha", "2021-03-20")),
                result(document(B, "beta.txt", BODY_B, "Gripen jets arrive", "Beta News", "2023-06-15")),
                result(hostile()));
    }

    public static Dossier dossier() {
        List<Document> documents = results().stream().map(r -> r.annotated().document()).toList();
        Grouping grouping = new Grouping(List.of(
                new DocumentGroup(A, Optional.empty(), Optional.of("Daily Alpha"), "s1"),
                new DocumentGroup(B, Optional.empty(), Optional.empty(), "s1"),
                new DocumentGroup(HOSTILE, Optional.empty(), Optional.empty(), "s2")));
        List<Event> events = List.of(contract(), delivery(), talks());
        Slot<PartialDate> delivered = new Slot<>(PartialDate.ofMonth(2023, 5), List.of(A), 1, true);
        Slot<Money> value = new Slot<>(new Money(1.2e9, "USD", true), List.of(A), 1, true);
        Deal deal = new Deal("deal-1", "Sweden", "Chile", "Gripen", DealStatus.DELIVERING, Optional.empty(),
                Optional.empty(), Optional.of(new Slot<>(PartialDate.ofMonth(2021, 3), List.of(A), 1, false)),
                Optional.of(value), Optional.empty(), Optional.of(delivered), Optional.empty(),
                List.of("e1", "e2", "e3"), Optional.empty());
        List<Contradiction> contradictions = List.of(
                new Contradiction("c1", Optional.of("deal-1"), Optional.of("e2"), ContradictionKind.VALUE,
                        "first_delivery", List.of(new ContradictionValue("2023-05", List.of(A), 1, List.of()),
                                new ContradictionValue("2023-06", List.of(B), 1, List.of())),
                        "Two sources give different months for the first delivery."),
                new Contradiction("c2", Optional.of("deal-1"), Optional.empty(), ContradictionKind.VALUE, "value",
                        List.of(new ContradictionValue("USD 1.2 billion", List.of(A), 1, List.of("officials")),
                                new ContradictionValue("USD 1.5 billion", List.of(B), 1,
                                        List.of("a ministry spokesman"))),
                        "Two sources give different contract values."));
        return new Dossier(documents, grouping, entities(), events, List.of(deal), contradictions,
                List.of("e1", "e2"), List.of("e3"));
    }

    public static List<Entity> entities() {
        return List.of(new Entity("chile", "Chile", EntityType.COUNTRY), new Entity("gripen", "Gripen",
                EntityType.WEAPON), new Entity("sweden", "Sweden", EntityType.COUNTRY));
    }

    static Event contract() {
        return new Event("e1", EventType.CONTRACT_SIGNED, Roles.transfer("Sweden", "Chile", "Gripen"),
                Optional.of(PartialDate.ofMonth(2021, 3)), Optional.of(PartialDate.parse("2021-03-20")),
                Optional.empty(), Optional.empty(), Optional.of(new Money(1.2e9, "USD", true)), EventStatus.ASSERTED,
                Optional.empty(), List.of(new EventSource(evidence(A, BODY_A, "Sweden signed a contract", "signed a"
                        + " contract with Chile for 12 Gripen fighters in March 2021."), Map.of())), Optional.of(
                        "deal-1"));
    }

    static Event delivery() {
        EventSource fromA = new EventSource(evidence(A, BODY_A, "The first aircraft arrived",
                " in May 2023, the defence ministry said."), Map.of("date", "2023-05"));
        EventSource fromB = new EventSource(evidence(B, BODY_B, "Chile received its first", " fighters from Sweden "
                + "in June 2023."), Map.of("date", "2023-06"));
        return new Event("e2", EventType.DELIVERY, Roles.transfer("Sweden", "Chile", "Gripen"),
                Optional.of(PartialDate.ofMonth(2023, 5)), Optional.of(PartialDate.parse("2023-06-15")),
                Optional.empty(), Optional.empty(), Optional.empty(), EventStatus.DISPUTED, Optional.of(1),
                List.of(fromA, fromB), Optional.of("deal-1"));
    }

    static Event talks() {
        return new Event("e3", EventType.TALKS, Roles.transfer("Sweden", "Chile", "Gripen"), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), EventStatus.REPORTED,
                Optional.empty(), List.of(new EventSource(evidence(HOSTILE, BODY_HOSTILE, "<img src=x",
                        " Sweden said talks went on."), Map.of())), Optional.of("deal-1"));
    }

    /** Evidence from the text that starts with {@code start} and runs through {@code rest}. */
    static Evidence evidence(String document, String body, String start, String rest) {
        int from = body.indexOf(start);
        int to = body.indexOf(rest, from) + rest.length();
        if (from < 0 || to < rest.length()) {
            throw new IllegalArgumentException("not in the body: " + start);
        }
        return new Evidence(document, new Span(from, to), body.substring(from, to), Stance.ASSERTS,
                Optional.empty(), Optional.empty(), "sample-v1");
    }

    static Document document(String id, String source, String body, String title, String outlet, String published) {
        Metadata metadata = Metadata.empty().withTitle(title).withOutlet(outlet).withLanguage("en")
                .withUrl("https://example.org/" + source)
                .withPublished(new PublicationDate(PartialDate.parse(published), DateBasis.METADATA));
        return new Document(id, source, metadata, body, DocumentStatus.OK, Optional.empty());
    }

    static Document hostile() {
        Metadata metadata = Metadata.empty().withTitle("<img src=x onerror=\"window.__pwned=4\">Talks")
                .withOutlet("<script>window.__pwned=5</script>").withUrl("javascript:window.__pwned=6")
                .withPublished(new PublicationDate(PartialDate.parse("2024-01-05"), DateBasis.TEXT));
        return new Document(HOSTILE, "gamma.html", metadata, BODY_HOSTILE, DocumentStatus.OK, Optional.empty());
    }

    static DocumentResult result(Document document) {
        List<Mention> mentions = new ArrayList<>();
        for (Entity entity : entities()) {
            int at = document.body().indexOf(entity.name());
            if (at >= 0) {
                mentions.add(new Mention(new Span(at, at + entity.name().length()), entity.name(), entity,
                        MentionKind.NAME, "sample-v1"));
            }
        }
        AnnotatedDocument annotated = new AnnotatedDocument(document, List.of(), List.of(), mentions, List.of(),
                List.of(), List.of(), List.of());
        List<Assertion> assertions = List.of();
        return new DocumentResult(annotated, assertions);
    }
}
