package dev.dossier.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dossier.model.AnnotatedDocument;
import dev.dossier.model.Assertion;
import dev.dossier.model.ContradictionKind;
import dev.dossier.model.DateBasis;
import dev.dossier.model.Document;
import dev.dossier.model.DocumentGroup;
import dev.dossier.model.DocumentStatus;
import dev.dossier.model.Entity;
import dev.dossier.model.EntityType;
import dev.dossier.model.EventStatus;
import dev.dossier.model.Mention;
import dev.dossier.model.MentionKind;
import dev.dossier.model.EventType;
import dev.dossier.model.Evidence;
import dev.dossier.model.Grouping;
import dev.dossier.model.Metadata;
import dev.dossier.model.Money;
import dev.dossier.model.PartialDate;
import dev.dossier.model.PublicationDate;
import dev.dossier.model.Reconciliation;
import dev.dossier.model.Roles;
import dev.dossier.model.Span;
import dev.dossier.model.Stance;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Examples: claims from a few documents in, events, deals, slots and contradictions out. */
class EvidenceReconcilerTest {
    private static final String QUOTE = "a sentence about the K2.";
    private final List<AnnotatedDocument> docs = new ArrayList<>();
    private final List<DocumentGroup> groups = new ArrayList<>();
    private final List<Assertion> claims = new ArrayList<>();

    private void doc(String id, String published, String wireGroup) {
        Metadata m = Metadata.empty().withPublished(new PublicationDate(PartialDate.parse(published), DateBasis.METADATA));
        Document d = new Document(id, id + ".txt", m, QUOTE, DocumentStatus.OK, Optional.empty());
        int at = QUOTE.indexOf("K2");
        Mention k2 = new Mention(new Span(at, at + 2), "K2", new Entity("w:K2", "K2", EntityType.WEAPON), MentionKind.NAME,
                "test");
        docs.add(new AnnotatedDocument(d, List.of(), List.of(), List.of(k2), List.of(), List.of(), List.of(), List.of()));
        groups.add(new DocumentGroup(id, Optional.ofNullable(wireGroup), Optional.empty(), "s1"));
    }

    private void claim(String doc, EventType type, String date, Integer batch, EventStatus status, String who,
            Money value) {
        Stance stance = status == EventStatus.DENIED ? Stance.DENIES : Stance.ASSERTS;
        Evidence e = new Evidence(doc, new Span(0, QUOTE.length()), QUOTE, stance, Optional.ofNullable(who),
                Optional.empty(), "test");
        claims.add(new Assertion(doc + "-" + claims.size(), type, Roles.transfer("South Korea", "Poland", "K2"),
                Optional.ofNullable(date).map(PartialDate::parse), Optional.empty(), Optional.empty(),
                Optional.ofNullable(value), status, Optional.ofNullable(batch), e));
    }

    /**
     * Three articles on one deal: a contract dated 2022-08 by one and 2022 by another, a first
     * delivery in 2022-12 by two and in 2021-12 by the third.
     */
    private void contractAndContestedDelivery() {
        doc("a", "2023-01", null);
        doc("b", "2023-02", null);
        doc("c", "2023-03", null);
        claim("a", EventType.CONTRACT_SIGNED, "2022-08", 1, EventStatus.ASSERTED, null, new Money(3.4e9, "USD", true));
        claim("b", EventType.CONTRACT_SIGNED, "2022", 1, EventStatus.ASSERTED, null, null);
        claim("a", EventType.DELIVERY, "2022-12", 1, EventStatus.ASSERTED, null, null);
        claim("b", EventType.DELIVERY, "2022-12", 1, EventStatus.ASSERTED, null, null);
        claim("c", EventType.DELIVERY, "2021-12", 1, EventStatus.ASSERTED, null, null);
    }

    private Reconciliation run() {
        return new EvidenceReconciler().reconcile(docs, claims, new Grouping(groups));
    }

    @Test
    void bestSupportedDateWinsAndTheOtherStaysVisible() {
        contractAndContestedDelivery();
        Reconciliation r = run();
        var deal = r.deals().get(0);
        assertEquals("2022-08", deal.orderDate().orElseThrow().value().iso());
        assertEquals(2, deal.orderDate().orElseThrow().independentSources());
        assertEquals("2022-12", deal.firstDelivery().orElseThrow().value().iso());
        assertTrue(deal.firstDelivery().orElseThrow().contested());
        var kinds = r.contradictions().stream().map(c -> c.kind() + ":" + c.slot()).toList();
        assertEquals(List.of("VALUE:first_delivery", "CHRONOLOGY:first_delivery"), kinds);
        assertEquals(List.of("2022-12", "2021-12"), r.contradictions().get(0).values().stream()
                .map(v -> v.value()).toList());
        assertEquals(r.events().stream().map(dev.dossier.model.Event::id).toList(), r.timeline());
        assertEquals(3, r.timeline().size());
    }

    /** A pipeline reconciles while the stories are still being clustered, on a grouping of each document alone. */
    @Test
    void theStoriesOfTheGroupingDoNotChangeTheReconciliation() {
        doc("a", "2023-01", "w1");
        doc("b", "2023-01", "w1");
        doc("c", "2023-02", null);
        doc("d", "2023-03", null);
        claim("a", EventType.CONTRACT_SIGNED, "2022-08", 1, EventStatus.ASSERTED, null, new Money(3.4e9, "USD", true));
        claim("b", EventType.DELIVERY, "2022-12", 1, EventStatus.ASSERTED, null, null);
        claim("c", EventType.DELIVERY, "2022-12", 1, EventStatus.ASSERTED, null, null);
        claim("d", EventType.DELIVERY, "2021-12", 1, EventStatus.ASSERTED, "the ministry", null);
        Reconciliation oneStory = run();
        groups.replaceAll(g -> new DocumentGroup(g.document(), g.wireGroup(), g.origin(), "s-" + g.document()));

        assertEquals(oneStory, run());
        assertEquals(2, oneStory.deals().get(0).firstDelivery().orElseThrow().independentSources());
    }

    /**
     * An article on another deal, dated before and sorted before this one, shifts every position but
     * no id: a link to a deal, an event or a contradiction stays valid when articles are added.
     */
    @Test
    void anArticleOnAnotherDealChangesNoIdOfThisOne() {
        contractAndContestedDelivery();
        claim("a", EventType.CONTRACT_SIGNED, null, 2, EventStatus.ASSERTED, "Lee", null);
        claim("c", EventType.CONTRACT_SIGNED, null, 2, EventStatus.DENIED, "a Polish official", null);
        Reconciliation alone = run();
        doc("0", "2019-03", null);
        for (EventType type : List.of(EventType.CONTRACT_SIGNED, EventType.DELIVERY)) {
            Evidence e = new Evidence("0", new Span(0, QUOTE.length()), QUOTE, Stance.ASSERTS, Optional.empty(),
                    Optional.empty(), "test");
            claims.add(new Assertion("0-" + type, type, Roles.transfer("France", "India", "Rafale"),
                    Optional.of(PartialDate.parse("2019-01")), Optional.empty(), Optional.empty(),
                    Optional.of(new Money(1e9, "EUR", false)), EventStatus.ASSERTED, Optional.of(1), e));
        }
        Reconciliation more = run();

        assertEquals(2, alone.deals().size());
        assertEquals(alone.deals().size() + 1, more.deals().size());
        assertEquals(alone.events().size() + 2, more.events().size());
        assertTrue(more.events().get(0).roles().system().orElseThrow().equals("Rafale"), "the new events come first");
        assertEquals(alone.deals(), more.deals().subList(1, more.deals().size()));
        assertEquals(alone.events(), more.events().subList(2, more.events().size()));
        assertEquals(List.of(ContradictionKind.VALUE, ContradictionKind.CHRONOLOGY, ContradictionKind.POLARITY),
                alone.contradictions().stream().map(dev.dossier.model.Contradiction::kind).toList());
        assertEquals(alone.contradictions(), more.contradictions());
        assertEquals(List.of(alone.deals().get(0).id()), alone.deals().stream().flatMap(d -> d.follows().stream())
                .toList());
    }

    @Test
    void wireCopiesCountAsOneOrigin() {
        doc("a", "2023-01", "w1");
        doc("b", "2023-01", "w1");
        doc("c", "2023-02", null);
        claim("a", EventType.DELIVERY, "2022-12", 1, EventStatus.ASSERTED, null, null);
        claim("b", EventType.DELIVERY, "2022-12", 1, EventStatus.ASSERTED, null, null);
        claim("c", EventType.DELIVERY, "2022", 1, EventStatus.ASSERTED, null, null);
        var slot = run().deals().get(0).firstDelivery().orElseThrow();
        assertEquals(List.of("a", "b", "c"), slot.sources());
        assertEquals(2, slot.independentSources());
    }

    @Test
    void assertedAgainstDeniedIsDisputedWithAPolarityContradiction() {
        doc("a", "2023-01", null);
        doc("b", "2023-01", null);
        claim("a", EventType.CONTRACT_SIGNED, "2022-08", 1, EventStatus.ASSERTED, null, null);
        claim("a", EventType.CONTRACT_SIGNED, null, 2, EventStatus.ASSERTED, "Lee", null);
        claim("b", EventType.CONTRACT_SIGNED, null, 2, EventStatus.ASSERTED, "Minister Lee", null);
        claim("b", EventType.CONTRACT_SIGNED, null, 2, EventStatus.DENIED, "a Polish official", null);
        Reconciliation r = run();
        var second = r.events().stream().filter(e -> e.batch().equals(Optional.of(2))).findFirst().orElseThrow();
        assertEquals(EventStatus.DISPUTED, second.status());
        var c = r.contradictions().stream().filter(x -> x.kind() == ContradictionKind.POLARITY).findFirst().orElseThrow();
        assertEquals(Optional.of(second.id()), c.event());
        assertEquals(1, c.values().get(0).independentSources(), "Lee quoted twice is one origin");
        assertEquals(List.of("a", "b"), c.values().get(0).sources());
        assertEquals(List.of("a Polish official"), c.values().get(1).attributedTo());
        assertEquals(2, r.deals().size(), "the asserted second contract is a deal of its own");
        assertEquals(Optional.of(r.deals().get(0).id()), r.deals().get(1).follows());
        assertEquals("2022-08", r.deals().get(0).orderDate().orElseThrow().value().iso());
    }

    @Test
    void aDenialNamingNoBatchDisputesTheLaterBatchOthersAssert() {
        // "Seoul denies supplying tanks to Warsaw" against "Warsaw took delivery of more tanks on 3 May".
        doc("a", "2023-05", null);
        doc("b", "2023-05", null);
        claim("a", EventType.DELIVERY, "2023-05-03", 2, EventStatus.ASSERTED, null, null);
        claim("b", EventType.DELIVERY, null, null, EventStatus.DENIED, "the ministry", null);
        Reconciliation r = run();
        assertEquals(1, r.events().size(), "the denial joins the asserted delivery");
        assertEquals(EventStatus.DISPUTED, r.events().get(0).status());
        var c = r.contradictions().stream().filter(x -> x.kind() == ContradictionKind.POLARITY).findFirst().orElseThrow();
        assertEquals(List.of("a"), c.values().get(0).sources());
        assertEquals(List.of("b"), c.values().get(1).sources());
    }

    @Test
    void sanctionsAnnouncedForLaterAreNotTheSanctionsImposed() {
        // "Chile sanctioned Peruvian firms" against "Chile said it will levy sanctions on Peru".
        doc("a", "2023-05", null);
        doc("b", "2023-06", null);
        for (String[] c : new String[][] {{"a", "ASSERTED"}, {"b", "PLANNED"}}) {
            Evidence e = new Evidence(c[0], new Span(0, QUOTE.length()), QUOTE, Stance.ASSERTS, Optional.empty(),
                    Optional.empty(), "test");
            claims.add(new Assertion(c[0] + "-s", EventType.SANCTION, Roles.none().withActor("Chile").withTarget("Peru"),
                    Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), EventStatus.valueOf(c[1]),
                    Optional.empty(), e));
        }
        var statuses = run().events().stream().map(e -> e.status()).sorted().toList();
        assertEquals(List.of(EventStatus.ASSERTED, EventStatus.PLANNED), statuses);
    }

    @Test
    void aLaterBatchClaimMissingAPartyIsNotAnEventOrADealOfItsOwn() {
        doc("a", "2023-01", null);
        claim("a", EventType.CONTRACT_SIGNED, "2022-08", 1, EventStatus.ASSERTED, null, null);
        Evidence e = new Evidence("a", new Span(0, QUOTE.length()), QUOTE, Stance.ASSERTS, Optional.empty(),
                Optional.empty(), "test");
        claims.add(new Assertion("a-partial", EventType.CONTRACT_SIGNED, Roles.none().withSupplier("South Korea")
                .withSystem("K2"), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                EventStatus.ASSERTED, Optional.of(2), e));
        Reconciliation r = run();
        assertEquals(1, r.events().size());
        assertEquals(List.of("Poland"), r.deals().stream().map(d -> d.recipient()).toList());
    }

    @Test
    void anUndatedSourceCannotSpeakOfAnEventDatedAfterItsPublication() {
        doc("old", "2024-03", null);
        doc("new", "2025-08", null);
        claim("new", EventType.CONTRACT_SIGNED, "2025-08", 2, EventStatus.ASSERTED, null, null);
        claim("old", EventType.CONTRACT_SIGNED, null, 2, EventStatus.DENIED, "an official", null);
        Reconciliation r = run();
        assertEquals(2, r.events().size());
        assertTrue(r.events().stream().noneMatch(ev -> ev.status() == EventStatus.DISPUTED));
    }

    @Test
    void anUnnumberedClaimDatedLikeALaterBatchIsThatBatch() {
        doc("a", "2023-01", null);
        doc("b", "2023-02", null);
        claim("a", EventType.CONTRACT_SIGNED, "2021-01-25", 1, EventStatus.ASSERTED, null, null);
        claim("a", EventType.CONTRACT_SIGNED, "2022-03-24", 2, EventStatus.ASSERTED, null, null);
        claim("b", EventType.CONTRACT_SIGNED, "2022-03", null, EventStatus.ASSERTED, null, null);
        Reconciliation r = run();
        assertEquals(2, r.events().size());
        assertTrue(r.contradictions().isEmpty(), r.contradictions().toString());
    }

    @Test
    void twoMilestonesDatedInOneSentenceAreNotConflictingFirstDeliveries() {
        doc("a", "2023-01", null);
        claim("a", EventType.DELIVERY, "2021-07", 1, EventStatus.ASSERTED, null, null);
        claim("a", EventType.DELIVERY, "2022-01", 1, EventStatus.ASSERTED, null, null);
        Reconciliation r = run();
        assertEquals("2021-07", r.deals().get(0).firstDelivery().orElseThrow().value().iso());
        assertTrue(r.contradictions().isEmpty(), r.contradictions().toString());
    }

    @Test
    void aClaimDatedOnlyOnMondayCannotJoinAnEventOfAnotherYear() {
        doc("a", "2023-12", null);
        doc("b", "2025-06", null);
        doc("c", "2024", null);
        claim("a", EventType.CONTRACT_SIGNED, "2023-03", null, EventStatus.ASSERTED, null, null);
        claim("b", EventType.CONTRACT_SIGNED, "2024-03", null, EventStatus.ASSERTED, null, null);
        Evidence e = new Evidence("c", new Span(0, QUOTE.length()), QUOTE, Stance.ASSERTS, Optional.empty(),
                Optional.empty(), "test");
        claims.add(new Assertion("c-monday", EventType.CONTRACT_SIGNED, Roles.transfer("South Korea", "Poland", "K2"),
                Optional.empty(), Optional.of("Monday"), Optional.empty(), Optional.empty(), EventStatus.ASSERTED,
                Optional.empty(), e));
        Reconciliation r = run();
        assertEquals("2024-03", r.deals().get(0).orderDate().orElseThrow().value().iso());
    }
    @Test
    void oneArticleGivingTwoOrderDatesContradictsItselfNotTheOtherSources() {
        doc("a", "2023-01", null);
        doc("b", "2023-02", null);
        claim("a", EventType.CONTRACT_SIGNED, "2022-08-26", null, EventStatus.ASSERTED, null, null);
        claim("b", EventType.CONTRACT_SIGNED, "2022-08-26", null, EventStatus.ASSERTED, null, null);
        claim("b", EventType.CONTRACT_SIGNED, "2022-07-27", null, EventStatus.ASSERTED, null, null);
        Reconciliation r = run();
        assertEquals("2022-08-26", r.deals().get(0).orderDate().orElseThrow().value().iso());
        assertEquals(List.of("SELF:order_date"),
                r.contradictions().stream().map(c -> c.kind() + ":" + c.slot()).toList());
    }

    @Test
    void aRoundedFigureAgreesWithTheExactOneButNotWithAnotherSum() {
        doc("a", "2023-01", null);
        doc("b", "2023-02", null);
        doc("c", "2023-03", null);
        claim("a", EventType.CONTRACT_SIGNED, "2022-08", null, EventStatus.ASSERTED, null, new Money(3.37e9, "USD", false));
        claim("b", EventType.CONTRACT_SIGNED, "2022-08", null, EventStatus.ASSERTED, null, new Money(3e9, "USD", true));
        Reconciliation agreeing = run();
        assertEquals(2, agreeing.deals().get(0).value().orElseThrow().independentSources());
        assertTrue(agreeing.contradictions().isEmpty(), agreeing.contradictions().toString());
        claim("c", EventType.CONTRACT_SIGNED, "2022-08", null, EventStatus.ASSERTED, null, new Money(3.5e9, "USD", true));
        Reconciliation r = run();
        assertEquals(List.of("VALUE:value"), r.contradictions().stream().map(c -> c.kind() + ":" + c.slot()).toList());
    }

    @Test
    void aFigureInAnotherCurrencyBacksNoSideAndDisputesOnlyWhatNoRateExplains() {
        doc("a", "2023-01", null);
        doc("b", "2023-02", null);
        doc("c", "2023-03", null);
        claim("a", EventType.CONTRACT_SIGNED, "2022-08", null, EventStatus.ASSERTED, null, new Money(4.2e9, "USD", false));
        claim("b", EventType.CONTRACT_SIGNED, "2022-08", null, EventStatus.ASSERTED, null, new Money(4.2e9, "USD", false));
        claim("c", EventType.CONTRACT_SIGNED, "2022-08", null, EventStatus.ASSERTED, null, new Money(3.9e9, "EUR", false));
        Reconciliation converted = run();
        var value = converted.deals().get(0).value().orElseThrow();
        assertEquals(List.of("a", "b"), value.sources(), "euros do not back a dollar figure");
        assertTrue(converted.contradictions().isEmpty(), "EUR 3.9 billion can be USD 4.2 billion at some rate");
        claims.remove(claims.size() - 1);
        claim("c", EventType.CONTRACT_SIGNED, "2022-08", null, EventStatus.ASSERTED, null, new Money(2.9e9, "EUR", false));
        assertEquals(List.of("VALUE:value"), run().contradictions().stream().map(c -> c.kind() + ":" + c.slot()).toList());
    }

    /** A local-currency figure once won a tie with the same sum in dollars: the deal's value is one value. */
    @Test
    void oneSumInTwoCurrenciesIsOneValueShownInTheCurrencyTheDealsDocumentsUse() {
        doc("a", "2023-01", null);
        doc("b", "2023-02", null);
        doc("c", "2023-03", null);
        claim("a", EventType.CONTRACT_SIGNED, "2022-08", null, EventStatus.ASSERTED, null, new Money(2.3e9, "USD", false));
        claim("b", EventType.CONTRACT_SIGNED, "2022-08", null, EventStatus.ASSERTED, null, new Money(70e9, "TWD", false));
        claim("c", EventType.CONTRACT_SIGNED, "2022-08", null, EventStatus.ASSERTED, null, new Money(69.8e9, "TWD", false));
        claim("a", EventType.APPROVAL, "2022-05", null, EventStatus.ASSERTED, null, new Money(2.3e9, "USD", false));
        claim("c", EventType.APPROVAL, "2022-05", null, EventStatus.ASSERTED, null, new Money(2.3e9, "USD", false));
        Reconciliation r = run();
        var value = r.deals().get(0).value().orElseThrow();
        assertEquals("2.3E9 USD", value.value().amount() + " " + value.value().currency(),
                "the deal's documents give dollars more often than the local currency");
        assertTrue(r.contradictions().isEmpty(), "TWD 70 billion is USD 2.3 billion at some rate: no dispute");
        claims.subList(claims.size() - 2, claims.size()).clear();
        assertEquals("TWD", run().deals().get(0).value().orElseThrow().value().currency(),
                "two documents in the local currency, one in dollars, nothing else: the local figure");
    }

    @Test
    void thePriceOfAPartOfTheOrderIsNeitherTheValueNorADispute() {
        for (String id : List.of("a", "b", "c", "d")) {
            doc(id, "2023-0" + (1 + "abcd".indexOf(id)), null);
        }
        contractFor("a", 48, "fighter");
        valuedContract("b", 48, 4.2e9, "USD");
        valuedContract("c", 48, 4.2e9, "USD");
        valuedContract("d", 8, 9.5e11, "JPY");
        Reconciliation r = run();
        assertEquals(4.2e9, r.deals().get(0).value().orElseThrow().value().amount());
        assertTrue(r.contradictions().stream().noneMatch(c -> c.slot().equals("value")),
                "the sum for the first 8 of 48 jets prices a tranche: " + r.contradictions());
        valuedContract("d", 40, 2.9e9, "EUR");
        assertEquals(List.of("VALUE:value"), run().contradictions().stream().filter(c -> c.slot().equals("value"))
                .map(c -> c.kind() + ":" + c.slot()).toList(), "a different sum for most of the jets is a dispute");
    }

    private void valuedContract(String doc, double amount, double value, String currency) {
        Evidence e = new Evidence(doc, new Span(0, QUOTE.length()), QUOTE, Stance.ASSERTS, Optional.empty(),
                Optional.empty(), "test");
        claims.add(new Assertion(doc + "-" + claims.size(), EventType.CONTRACT_SIGNED,
                Roles.transfer("South Korea", "Poland", "K2"), Optional.of(PartialDate.parse("2022-08")),
                Optional.empty(), Optional.of(new dev.dossier.model.Quantity(amount, "fighter", false)),
                Optional.of(new Money(value, currency, false)), EventStatus.ASSERTED, Optional.empty(), e));
    }

    @Test
    void aTripleOnlyEverHedgedIsNoDeal() {
        doc("a", "2023-01", null);
        claim("a", EventType.DELIVERY, null, null, EventStatus.SPECULATIVE, null, null);
        assertTrue(run().deals().isEmpty());
        claim("a", EventType.DELIVERY, "2026", null, EventStatus.PLANNED, null, null);
        assertEquals(1, run().deals().size(), "a planned delivery shows an agreement");
    }
    @Test
    void theApprovedSumIsTheValueOnlyWhenNoContractStatesAPlausibleOne() {
        doc("a", "2023-01", null);
        doc("b", "2023-02", null);
        claim("a", EventType.APPROVAL, "2022-05", null, EventStatus.ASSERTED, null, new Money(6.5e9, "USD", false));
        claim("b", EventType.CONTRACT_SIGNED, "2022-08", null, EventStatus.ASSERTED, null, new Money(6, "USD", false));
        assertEquals(6.5e9, run().deals().get(0).value().orElseThrow().value().amount(), "'US $6 Billion' read as 6");
        claim("b", EventType.CONTRACT_SIGNED, "2022-08", null, EventStatus.ASSERTED, null, new Money(5.9e9, "USD", false));
        var value = run().deals().get(0).value().orElseThrow();
        assertEquals(5.9e9, value.value().amount());
        assertEquals(List.of("b"), value.sources());
    }
    private void contractFor(String doc, double amount, String unit) {
        contractFor(doc, amount, unit, "2022-08");
    }

    private void contractFor(String doc, double amount, String unit, String date) {
        Evidence e = new Evidence(doc, new Span(0, QUOTE.length()), QUOTE, Stance.ASSERTS, Optional.empty(),
                Optional.empty(), "test");
        claims.add(new Assertion(doc + "-" + claims.size(), EventType.CONTRACT_SIGNED,
                Roles.transfer("South Korea", "Poland", "K2"), Optional.of(PartialDate.parse(date)),
                Optional.empty(), Optional.of(new dev.dossier.model.Quantity(amount, unit, false)), Optional.empty(),
                EventStatus.ASSERTED, Optional.empty(), e));
    }

    @Test
    void countsOfOneKindOfThingAgreeOrDisputeAndOtherKindsDoNeither() {
        doc("a", "2023-01", null);
        doc("b", "2023-02", null);
        doc("c", "2023-03", null);
        doc("d", "2023-04", null);
        contractFor("a", 48, "fighter");
        contractFor("b", 48, "aircraft");
        contractFor("c", 4, "squadron");
        var quantity = run().deals().get(0).quantity().orElseThrow();
        assertEquals(List.of("a", "b"), quantity.sources());
        assertTrue(run().contradictions().isEmpty(), "squadrons are not aircraft");
        contractFor("d", 12, "jet");
        assertEquals(List.of("VALUE:quantity"), run().contradictions().stream().map(c -> c.kind() + ":" + c.slot())
                .toList());
    }
    @Test
    void unitsCountWhateverTheSystemIs() {
        doc("a", "2023-01", null);
        doc("b", "2023-02", null);
        contractFor("a", 48, "fighter");
        contractFor("b", 48, "unit");
        assertEquals(List.of("a", "b"), run().deals().get(0).quantity().orElseThrow().sources(), "'48 units' are the jets");
    }

    @Test
    void aSlotKeepsOnlyTheSentencesThatStateItsValue() {
        doc("a", "2023-01", null);
        doc("b", "2023-02", null);
        contractFor("a", 48, "fighter");
        claim("b", EventType.CONTRACT_SIGNED, "2022-08", null, EventStatus.ASSERTED, null, null);
        claim("b", EventType.DELIVERY, "2023-01", null, EventStatus.ASSERTED, null, null);
        var deal = run().deals().get(0);
        assertEquals(List.of("a"), deal.quantity().orElseThrow().evidence().stream().map(e -> e.document()).toList(),
                "b's sentences say nothing of the number");
        assertEquals(List.of("a", "b"), deal.orderDate().orElseThrow().evidence().stream().map(e -> e.document())
                .toList());
    }
    @Test
    void aLaterTrancheComingIntoEffectIsNoCompetingOrderDate() {
        doc("a", "2022-03", null);
        doc("b", "2022-04", null);
        doc("c", "2023-09", null);
        contractFor("a", 42, "fighter", "2022-02-10");
        contractFor("b", 42, "aircraft", "2022-02");
        claim("c", EventType.CONTRACT_SIGNED, "2022-09", 1, EventStatus.ASSERTED, null, null);
        Reconciliation r = run();
        assertEquals("2022-02-10", r.deals().get(0).orderDate().orElseThrow().value().iso());
        assertTrue(r.contradictions().isEmpty(), "'the first tranche came into effect in September 2022'");
    }

    @Test
    void theWholeOrderIsKnownBeforeLaterTranchesAreSetAside() {
        for (String id : List.of("a", "b", "c", "d", "e")) {
            doc(id, "2023-0" + (1 + "abcde".indexOf(id)), null);
        }
        contractFor("a", 42, "fighter", "2022-02-10");
        contractFor("b", 42, "aircraft", "2022-02-10");
        Evidence e = new Evidence("c", new Span(0, QUOTE.length()), QUOTE, Stance.ASSERTS, Optional.empty(),
                Optional.empty(), "test");
        claims.add(new Assertion("c-first-six", EventType.CONTRACT_SIGNED, Roles.transfer("South Korea", "Poland", "K2"),
                Optional.of(PartialDate.parse("2022-02-10")), Optional.empty(),
                Optional.of(new dev.dossier.model.Quantity(6, "aircraft", false)), Optional.empty(),
                EventStatus.ASSERTED, Optional.of(1), e));
        contractFor("d", 6, "aircraft", "2022-02-10");
        contractFor("e", 6, "unit", "2022-09");
        Reconciliation r = run();
        assertEquals(42, r.deals().get(0).quantity().orElseThrow().value().amount());
        assertTrue(r.contradictions().stream().noneMatch(c -> c.slot().equals("order_date")),
                "six more units that came into effect in September are a tranche of the 42: " + r.contradictions());
    }

    @Test
    void aNumberedBatchOfFewerItemsIsPartOfTheOrderNotACompetingCount() {
        doc("a", "2019-03", null);
        doc("b", "2024-05", null);
        Evidence e = new Evidence("a", new Span(0, QUOTE.length()), QUOTE, Stance.ASSERTS, Optional.empty(),
                Optional.empty(), "test");
        claims.add(new Assertion("a-first-two", EventType.CONTRACT_SIGNED, Roles.transfer("South Korea", "Poland", "K2"),
                Optional.empty(), Optional.empty(), Optional.of(new dev.dossier.model.Quantity(2, "tank", false)),
                Optional.empty(), EventStatus.ASSERTED, Optional.of(1), e));
        contractFor("b", 150, "tank", "1996-11");
        Reconciliation r = run();
        assertEquals(150, r.deals().get(0).quantity().orElseThrow().value().amount(), "'the first two tanks bought'");
        assertTrue(r.contradictions().isEmpty(), r.contradictions().toString());
    }

    @Test
    void aLaterPurchaseOfPartOfTheOrderIsABatchNotACompetingOrder() {
        doc("a", "2023-01", null);
        doc("b", "2023-02", null);
        doc("c", "2023-03", null);
        contractFor("a", 48, "fighter", "2019-11");
        contractFor("b", 48, "aircraft", "2019-11");
        contractFor("c", 12, "jet", "2021");
        Reconciliation r = run();
        assertEquals("2019-11", r.deals().get(0).orderDate().orElseThrow().value().iso());
        assertEquals(48, r.deals().get(0).quantity().orElseThrow().value().amount());
        assertTrue(r.contradictions().isEmpty(), r.contradictions().toString());
    }
    @Test
    void contractsDecadesApartAreTwoProcurementsNotOneDealInDispute() {
        doc("a", "2020-01", null);
        doc("b", "2024-02", null);
        contractFor("a", 150, "fighter", "1995-05");
        contractFor("b", 66, "fighter", "2019-11");
        claim("b", EventType.DELIVERY, "2023-06", null, EventStatus.ASSERTED, null, null);
        claim("b", EventType.TALKS, null, null, EventStatus.ASSERTED, null, null);
        Reconciliation r = run();
        assertEquals(List.of("1995-05", "2019-11"),
                r.deals().stream().map(d -> d.orderDate().orElseThrow().value().iso()).toList());
        var recent = r.deals().get(1);
        assertEquals(66, recent.quantity().orElseThrow().value().amount());
        assertEquals("2023-06", recent.firstDelivery().orElseThrow().value().iso());
        assertEquals(3, recent.events().size(), "the undated talks join the latest procurement");
        assertTrue(r.deals().stream().allMatch(d -> d.follows().isEmpty()));
        assertTrue(r.contradictions().isEmpty(), r.contradictions().toString());
    }
    @Test
    void aYearAgreeingWithTwoDeliveriesDoesNotMakeTheLaterOneADisputedFirst() {
        doc("a", "2024-01", null);
        doc("b", "2024-02", null);
        doc("c", "2024-03", null);
        claim("a", EventType.DELIVERY, "2023", null, EventStatus.ASSERTED, null, null);
        claim("b", EventType.DELIVERY, "2023-03-08", null, EventStatus.ASSERTED, null, null);
        claim("c", EventType.DELIVERY, "2023-09-21", null, EventStatus.ASSERTED, null, null);
        Reconciliation r = run();
        var deal = r.deals().get(0);
        assertEquals("2023-03-08", deal.firstDelivery().orElseThrow().value().iso());
        assertEquals(List.of("a", "b"), deal.firstDelivery().orElseThrow().sources());
        assertEquals("2023-09-21", deal.lastDelivery().orElseThrow().value().iso());
        assertTrue(r.contradictions().isEmpty(), r.contradictions().toString());
    }
    @Test
    void aPlannedContractStatesTheSizeAgreedAsItStatesThePrice() {
        doc("a", "2023-01", null);
        doc("b", "2023-02", null);
        claim("a", EventType.CONTRACT_SIGNED, "2022-08", null, EventStatus.ASSERTED, null, null);
        Evidence e = new Evidence("b", new Span(0, QUOTE.length()), QUOTE, Stance.ASSERTS, Optional.empty(),
                Optional.empty(), "test");
        claims.add(new Assertion("b-plan", EventType.CONTRACT_SIGNED, Roles.transfer("South Korea", "Poland", "K2"),
                Optional.empty(), Optional.empty(), Optional.of(new dev.dossier.model.Quantity(48, "fighter", false)),
                Optional.of(new Money(3.2e9, "USD", false)), EventStatus.PLANNED, Optional.empty(), e));
        var deal = run().deals().get(0);
        assertEquals(48, deal.quantity().orElseThrow().value().amount(), "'will order 48 jets in a $3.2 billion deal'");
        assertEquals(3.2e9, deal.value().orElseThrow().value().amount());
    }
    @Test
    void aContractSaidToBeYearsOldDoesNotBackTheOrderDate() {
        doc("a", "2023-01", null);
        doc("b", "2024-02", null);
        claim("a", EventType.CONTRACT_SIGNED, "2022-08", null, EventStatus.ASSERTED, null, null);
        Evidence e = new Evidence("b", new Span(0, QUOTE.length()), QUOTE, Stance.ASSERTS, Optional.empty(),
                Optional.empty(), "test");
        claims.add(new Assertion("b-vague", EventType.CONTRACT_SIGNED, Roles.transfer("South Korea", "Poland", "K2"),
                Optional.empty(), Optional.of("several years ago"), Optional.empty(), Optional.empty(),
                EventStatus.ASSERTED, Optional.empty(), e));
        assertEquals(List.of("a"), run().deals().get(0).orderDate().orElseThrow().sources());
    }
}
