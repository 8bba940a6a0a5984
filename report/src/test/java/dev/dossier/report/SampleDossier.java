package dev.dossier.report;

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
import dev.dossier.model.Metadata;
import dev.dossier.model.Money;
import dev.dossier.model.PartialDate;
import dev.dossier.model.PublicationDate;
import dev.dossier.model.Quantity;
import dev.dossier.model.Roles;
import dev.dossier.model.Slot;
import dev.dossier.model.Span;
import dev.dossier.model.Stance;
import dev.dossier.pipeline.RunResult;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A small hand-built dossier about an invented deal (Northland sells KX-9 air-defence batteries
 * to Southmark), written for these tests: two outlets copying one wire text, an independent
 * outlet with a wrong delivery date, a denial, a sanction and a failed document.
 */
final class SampleDossier {
    static final String WIRE_A = "Northland signed a contract in March 2017 to sell four KX-9 batteries to Southmark "
            + "for about $1.2 billion. The first KX-9 batteries arrived in Southmark in June 2019.";
    static final String WIRE_B = WIRE_A;
    static final String OWN = "Southmark took delivery of its first KX-9 system in June 2015, the Courier said. "
            + "\"A second contract has been signed,\" said Ivan Petrov, according to Wire Agency. "
            + "A Southmark official denied that any new agreement exists.";
    static final String SANCTION = "Eastland imposed sanctions on Southmark over the KX-9 purchase.";

    private SampleDossier() {}

    static RunResult run() {
        return new RunResult(dossier(), List.of());
    }

    static Dossier dossier() {
        List<Document> documents = List.of(
                doc("a1", "001_wire_a.txt", WIRE_A, "Northland to sell KX-9 to Southmark", "Daily Ledger", "2017-03-14"),
                doc("b2", "002_wire_b.txt", WIRE_B, "Southmark buys KX-9", "Evening Post", "2017-03-15"),
                doc("c3", "003_courier.txt", OWN, "KX-9: a second contract?", "The Courier", "2020-02-01"),
                doc("d4", "004_sanction.txt", SANCTION, "Eastland sanctions Southmark", "Capital News", "2020-12-15"),
                new Document("e5", "005_broken.html", Metadata.empty(), "", DocumentStatus.FAILED,
                        Optional.of("not UTF-8 and no charset declared")));
        Grouping grouping = new Grouping(List.of(
                new DocumentGroup("a1", Optional.of("w1"), Optional.of("Wire Agency"), "s1"),
                new DocumentGroup("b2", Optional.of("w1"), Optional.of("Wire Agency"), "s1"),
                new DocumentGroup("c3", Optional.empty(), Optional.empty(), "s1"),
                new DocumentGroup("d4", Optional.empty(), Optional.empty(), "s1"),
                new DocumentGroup("e5", Optional.empty(), Optional.empty(), "s2")));
        List<Event> events = events();
        return new Dossier(documents, grouping, entities(), events, deals(), contradictions(),
                List.of("e1", "e2", "e5"), List.of("e3", "e4"));
    }

    private static List<Entity> entities() {
        return List.of(
                new Entity("country:northland", "Northland", EntityType.COUNTRY, List.of("the Northern Republic"), Map.of()),
                new Entity("country:southmark", "Southmark", EntityType.COUNTRY),
                new Entity("weapon:kx-9", "KX-9", EntityType.WEAPON, List.of("KX9"),
                        Map.of("category", "air defence system", "country", "Northland")));
    }

    private static List<Event> events() {
        Roles transfer = Roles.transfer("Northland", "Southmark", "KX-9");
        Event contract = new Event("e1", EventType.CONTRACT_SIGNED, transfer.withSupplierOrg("Northland Arms Export"),
                Optional.of(PartialDate.ofMonth(2017, 3)), Optional.of(PartialDate.parse("2017-03-14")), Optional.empty(),
                Optional.of(new Quantity(4, "battery", false)), Optional.of(new Money(1.2e9, "USD", true)),
                EventStatus.ASSERTED, Optional.empty(),
                List.of(source("a1", WIRE_A, "Northland signed a contract in March 2017", Stance.ASSERTS, null, null),
                        source("b2", WIRE_B, "Northland signed a contract in March 2017", Stance.ASSERTS, null, null)),
                Optional.of("k1"));
        Event delivery = new Event("e2", EventType.DELIVERY, transfer, Optional.of(PartialDate.ofMonth(2019, 6)),
                Optional.of(PartialDate.parse("2017-03-14")), Optional.empty(), Optional.empty(), Optional.empty(),
                EventStatus.ASSERTED, Optional.of(1),
                List.of(source("a1", WIRE_A, "The first KX-9 batteries arrived in Southmark in June 2019.", Stance.ASSERTS,
                                null, null),
                        new EventSource(evidence("c3", OWN, "Southmark took delivery of its first KX-9 system in June 2015",
                                Stance.ASSERTS, null, null), Map.of("date", "2015-06"))),
                Optional.of("k1"));
        Event second = new Event("e3", EventType.CONTRACT_SIGNED, transfer, Optional.empty(), Optional.of(PartialDate.ofYear(2020)),
                Optional.of("in the near future"), Optional.empty(), Optional.empty(), EventStatus.DISPUTED, Optional.of(2),
                List.of(source("c3", OWN, "\"A second contract has been signed,\" said Ivan Petrov", Stance.ASSERTS,
                                "Ivan Petrov", "Wire Agency"),
                        source("c3", OWN, "A Southmark official denied that any new agreement exists.", Stance.DENIES,
                                "a Southmark official", null)),
                Optional.of("k2"));
        Event exclusion = new Event("e4", EventType.PROGRAM_EXCLUSION, Roles.action("Eastland", "Southmark", null),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                EventStatus.REPORTED, Optional.empty(), List.of(), Optional.empty());
        Event sanction = new Event("e5", EventType.SANCTION, Roles.action("Eastland", "Southmark", null),
                Optional.of(PartialDate.parse("2020-12-14")), Optional.of(PartialDate.parse("2020-12-15")), Optional.empty(),
                Optional.empty(), Optional.empty(), EventStatus.ASSERTED, Optional.empty(),
                List.of(source("d4", SANCTION, "Eastland imposed sanctions on Southmark", Stance.ASSERTS, null, null)),
                Optional.of("k1"));
        return List.of(contract, delivery, second, exclusion, sanction);
    }

    private static List<Deal> deals() {
        Deal first = new Deal("k1", "Northland", "Southmark", "KX-9", DealStatus.DELIVERING,
                Optional.of("Northland Arms Export"), Optional.empty(),
                Optional.of(new Slot<>(PartialDate.ofMonth(2017, 3), List.of("a1", "b2"), 1, false)),
                Optional.of(new Slot<>(new Money(1.2e9, "USD", true), List.of("a1", "b2"), 1, false)),
                Optional.of(new Slot<>(new Quantity(4, "battery", false), List.of("a1", "b2"), 1, false)),
                Optional.of(new Slot<>(PartialDate.ofMonth(2019, 6), List.of("a1", "b2"), 1, true)),
                Optional.empty(), List.of("e1", "e2", "e5"), Optional.empty());
        Deal second = new Deal("k2", "Northland", "Southmark", "KX-9", DealStatus.DISPUTED, Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                List.of("e3"), Optional.of("k1"));
        return List.of(first, second);
    }

    private static List<Contradiction> contradictions() {
        return List.of(
                new Contradiction("c1", Optional.of("k1"), Optional.empty(), ContradictionKind.VALUE, "first_delivery",
                        List.of(new ContradictionValue("2019-06", List.of("a1", "b2"), 1, List.of()),
                                new ContradictionValue("2015-06", List.of("c3"), 1, List.of())),
                        "Sources disagree on the first delivery."),
                new Contradiction("c2", Optional.of("k2"), Optional.of("e3"), ContradictionKind.POLARITY, "CONTRACT_SIGNED",
                        List.of(new ContradictionValue("asserted", List.of("c3"), 1, List.of("Ivan Petrov")),
                                new ContradictionValue("denied", List.of("c3"), 1, List.of("a Southmark official"))),
                        "Some sources assert a second contract, others deny it."));
    }

    static Document doc(String id, String source, String body, String title, String outlet, String published) {
        Metadata metadata = Metadata.empty().withTitle(title).withOutlet(outlet).withLanguage("en")
                .withUrl("https://news.example/" + id)
                .withPublished(new PublicationDate(PartialDate.parse(published), DateBasis.METADATA));
        return new Document(id, source, metadata, body, DocumentStatus.OK, Optional.empty());
    }

    static EventSource source(String document, String body, String quote, Stance stance, String who, String via) {
        return new EventSource(evidence(document, body, quote, stance, who, via), Map.of());
    }

    static Evidence evidence(String document, String body, String quote, Stance stance, String who, String via) {
        int start = body.indexOf(quote);
        if (start < 0) {
            throw new IllegalArgumentException("quote not in body: " + quote);
        }
        return new Evidence(document, new Span(start, start + quote.length()), quote, stance,
                Optional.ofNullable(who), Optional.ofNullable(via), "test.hand-built");
    }
}
