package dev.dossier.reconcile;

import dev.dossier.model.Assertion;
import dev.dossier.model.EventStatus;
import dev.dossier.model.EventType;
import dev.dossier.model.Money;
import dev.dossier.model.PartialDate;
import dev.dossier.model.Quantity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The ledger slots of one deal, each picked from the claims of the deal's events: order date
 * (the contract), value (contracts and what happened under them; the sum talks, offers and approvals
 * name only when none states one; payments name other sums), quantity (the contract), first delivery (the first batch when the
 * texts number it, else the earliest delivery) and last delivery.
 */
final class DealSlots {
    /** The slots of one deal and the sides of each, for contradictions. */
    record Picks(Optional<SlotPicker.Pick<PartialDate>> orderDate, Optional<SlotPicker.Pick<Money>> value,
                 Optional<SlotPicker.Pick<Quantity>> quantity, Optional<SlotPicker.Pick<PartialDate>> firstDelivery,
                 Optional<SlotPicker.Pick<PartialDate>> lastDelivery) {}

    private static final Set<EventStatus> FACTS = Set.of(EventStatus.ASSERTED, EventStatus.REPORTED);
    /** Events whose sentences state the deal's value; talks, offers and approvals name prospective sums. */
    private static final Set<EventType> VALUED = Set.of(EventType.CONTRACT_SIGNED, EventType.DELIVERY,
            EventType.DELAY, EventType.CANCELLATION, EventType.LOCAL_PRODUCTION);
    /** Events whose sentences name a prospective price, read only when no contract states one. */
    private static final Set<EventType> PROSPECTIVE = Set.of(EventType.TALKS, EventType.OFFER, EventType.APPROVAL);
    private static final double SMALLEST_DEAL = 1000;
    private final SlotPicker<PartialDate> dates;
    private final Sums sums = new Sums();
    private final Origins origins;
    private final Map<String, Optional<PartialDate>> published;
    private final SlotPicker<Quantity> quantities;
    private final Counts counts;

    DealSlots(Origins origins, Map<String, Optional<PartialDate>> published) {
        this.dates = new SlotPicker<>(PartialDate::agreesWith, d -> d.precision().ordinal(), origins, published);
        this.origins = origins;
        this.published = published;
        this.counts = new Counts();
        this.quantities = new SlotPicker<>(counts::same, counts::compatible, q -> q.approximate() ? 0 : 1, origins,
                published);
    }

    Picks pick(List<Cluster> events) {
        List<Assertion> contracts = terms(events);
        List<SlotPicker.Claim<PartialDate>> orderClaims = orderDateClaims(events);
        List<SlotPicker.Claim<Quantity>> quantityClaims = claims(contracts, Assertion::quantity);
        Set<Assertion> batches = batches(contracts);
        Optional<SlotPicker.Pick<PartialDate>> order = dates.pick(without(orderClaims, batches));
        Optional<SlotPicker.Pick<Quantity>> quantity = quantities.pick(without(quantityClaims, batches));
        Set<Assertion> parts = new java.util.HashSet<>(batches);
        parts.addAll(parts(contracts, order, quantity));
        if (parts.size() > batches.size()) {
            order = dates.pick(without(orderClaims, parts));
            quantity = quantities.pick(without(quantityClaims, parts));
        }
        Optional<SlotPicker.Pick<PartialDate>> first = dates.pick(firstDeliveryClaims(events));
        Optional<SlotPicker.Pick<PartialDate>> last = lastDelivery(events, first);
        return new Picks(order, value(events, quantity), quantity, first, last);
    }

    /**
     * Contract claims for fewer items than the order, or naming their batch ("the first tranche came
     * into effect in September"), dated after it ("the purchase of 10 of the jets in 2017" against 24
     * ordered in 2015): they speak of a batch or tranche under the order, so they are neither a
     * competing order date nor a competing number.
     */
    private Set<Assertion> parts(List<Assertion> contracts, Optional<SlotPicker.Pick<PartialDate>> order,
            Optional<SlotPicker.Pick<Quantity>> quantity) {
        if (order.isEmpty() || quantity.isEmpty()) {
            return Set.of();
        }
        Set<Assertion> out = new java.util.HashSet<>();
        PartialDate ordered = order.get().slot().value();
        Quantity whole = quantity.get().slot().value();
        for (Assertion a : contracts) {
            boolean smaller = a.quantity().filter(q -> counts.comparable(q.unit(), whole.unit())
                    && q.amount() < whole.amount()).isPresent();
            boolean later = a.date().filter(d -> !d.agreesWith(ordered) && d.compareTo(ordered) > 0).isPresent();
            if (later && (smaller || a.batch().isPresent())) {
                out.add(a);
            }
        }
        return out;
    }

    private static <T> List<SlotPicker.Claim<T>> without(List<SlotPicker.Claim<T>> claims, Set<Assertion> parts) {
        return claims.stream().filter(c -> !parts.contains(c.source())).toList();
    }

    /**
     * Contract claims that number their batch and count fewer items than a contract claim that
     * numbers none ("the first two jets bought from the US" against "signed for 150 jets"): they
     * speak of a batch under the order, whatever their date.
     */
    private Set<Assertion> batches(List<Assertion> contracts) {
        Set<Assertion> out = new java.util.HashSet<>();
        for (Assertion a : contracts) {
            Optional<Quantity> counted = a.batch().isPresent() ? a.quantity() : Optional.empty();
            boolean smaller = counted.filter(q -> contracts.stream().filter(b -> b.batch().isEmpty())
                    .flatMap(b -> b.quantity().stream())
                    .anyMatch(w -> counts.comparable(w.unit(), q.unit()) && w.amount() > q.amount())).isPresent();
            if (smaller) {
                out.add(a);
            }
        }
        return out;
    }

    /**
     * The sum the contract and what happened under it state; when none does, the sum the talks,
     * offers or approvals name ("a plan to buy nine jets for about $0.9 billion", "approved a
     * $3 billion sale"), the only price the texts give. A figure under a thousand is a misread
     * scale ("US $3 Billion" read as 3 dollars), never a deal's value.
     */
    private Optional<SlotPicker.Pick<Money>> value(List<Cluster> events, Optional<SlotPicker.Pick<Quantity>> whole) {
        List<Assertion> valued = new ArrayList<>();
        List<Assertion> prospective = new ArrayList<>();
        for (Cluster c : events) {
            for (Assertion a : c.members()) {
                if (VALUED.contains(c.type()) && (c.type() == EventType.CONTRACT_SIGNED
                        ? a.status() != EventStatus.DENIED && a.status() != EventStatus.SPECULATIVE
                        : FACTS.contains(a.status()))) {
                    valued.add(a);
                } else if (PROSPECTIVE.contains(c.type()) && (FACTS.contains(a.status())
                        || a.status() == EventStatus.PLANNED)) {
                    prospective.add(a);
                }
            }
        }
        List<SlotPicker.Claim<Money>> stated = plausible(claims(withoutParts(valued, whole), Assertion::value));
        return money(events).pick(stated.isEmpty()
                ? plausible(claims(withoutParts(prospective, whole), Assertion::value)) : stated);
    }

    /** The value picker of one deal: its currencies are preferred as its documents use them. */
    private SlotPicker<Money> money(List<Cluster> events) {
        CurrencyPreference preference = new CurrencyPreference(sums, origins, CurrencyPreference.usage(events));
        return new SlotPicker<>(sums::same, sums::compatible, m -> m.approximate() ? 0 : 1, origins, published,
                preference::order);
    }

    /**
     * Without the claims that price a part of the order: a sum stated for at most half the items
     * the deal counts ("the contract for the first 6 jets is worth X" under an order of 42) is the
     * price of a tranche or batch, neither the deal's value nor a competing one.
     */
    private List<Assertion> withoutParts(List<Assertion> claims, Optional<SlotPicker.Pick<Quantity>> whole) {
        if (whole.isEmpty()) {
            return claims;
        }
        Quantity all = whole.get().slot().value();
        return claims.stream().filter(a -> a.quantity().filter(q -> counts.comparable(q.unit(), all.unit())
                && q.amount() * 2 <= all.amount()).isEmpty()).toList();
    }

    private static List<SlotPicker.Claim<Money>> plausible(List<SlotPicker.Claim<Money>> claims) {
        return claims.stream().filter(c -> c.value().amount() >= SMALLEST_DEAL).toList();
    }

    /**
     * Every contract fact's date; a contract fact with only a day name ("agreed on Monday", "on the
     * 19th") supports the date of the event it was grouped with, which the reader could not place
     * on the calendar. A vaguer note ("several years ago") states no date and supports none.
     */
    private static List<SlotPicker.Claim<PartialDate>> orderDateClaims(List<Cluster> events) {
        List<SlotPicker.Claim<PartialDate>> out = new ArrayList<>();
        for (Cluster c : events) {
            if (c.type() != EventType.CONTRACT_SIGNED) {
                continue;
            }
            for (Assertion a : c.members()) {
                Optional<PartialDate> date = a.date()
                        .or(() -> a.dateNote().filter(Cluster::namesADay).isPresent() ? c.date() : Optional.empty());
                if (FACTS.contains(a.status())) {
                    date.ifPresent(d -> out.add(new SlotPicker.Claim<>(d, a)));
                }
            }
        }
        return out;
    }

    /**
     * The contract claims that state its terms: facts and plans ("Chile will order 24 jets in
     * a $2.7 billion deal" states the size and price agreed), as for the value; never a denial or
     * a hedge.
     */
    private static List<Assertion> terms(List<Cluster> events) {
        return events.stream().filter(c -> c.type() == EventType.CONTRACT_SIGNED).flatMap(c -> c.members().stream())
                .filter(a -> a.status() != EventStatus.DENIED && a.status() != EventStatus.SPECULATIVE).toList();
    }

    private static List<Assertion> facts(List<Cluster> events, EventType type) {
        return events.stream().filter(c -> c.type() == type).flatMap(c -> c.members().stream())
                .filter(a -> FACTS.contains(a.status())).toList();
    }

    /**
     * Claims of the first batch's delivery when the texts number batches; else the dated delivery
     * claims that agree with the date that must come first.
     */
    private static List<SlotPicker.Claim<PartialDate>> firstDeliveryClaims(List<Cluster> events) {
        List<Assertion> deliveries = earliestPerSentence(facts(events, EventType.DELIVERY));
        List<Assertion> numbered = deliveries.stream().filter(a -> a.batch().equals(Optional.of(1))).toList();
        List<SlotPicker.Claim<PartialDate>> numberedClaims = claims(numbered, Assertion::date);
        if (!numberedClaims.isEmpty()) {
            return numberedClaims;
        }
        Optional<PartialDate> earliest = deliveries.stream().flatMap(a -> a.date().stream())
                .min(java.util.Comparator.comparing(DealSlots::lastDay));
        return claims(deliveries, Assertion::date).stream()
                .filter(c -> earliest.map(e -> e.agreesWith(c.value())).orElse(false)).toList();
    }

    /**
     * The last day a date can stand for. The first delivery is the date that must come first:
     * "2023" does not come before "4 January 2023" and "28 June 2023" (it agrees with both), so
     * the year joins the January delivery and June is a later one, not a dispute.
     */
    private static java.time.LocalDate lastDay(PartialDate d) {
        java.time.LocalDate start = d.earliest();
        return switch (d.precision()) {
            case YEAR -> start.plusYears(1).minusDays(1);
            case MONTH -> start.plusMonths(1).minusDays(1);
            default -> start;
        };
    }

    /**
     * One sentence that dates two delivery milestones in sequence ("handed over in July 2021, and
     * arrived in January 2022") states no conflict: only its earliest dated claim speaks of the first delivery.
     */
    static List<Assertion> earliestPerSentence(List<Assertion> deliveries) {
        Map<String, PartialDate> earliest = new java.util.HashMap<>();
        for (Assertion a : deliveries) {
            a.date().ifPresent(d -> earliest.merge(sentence(a), d,
                    (x, y) -> x.earliest().isAfter(y.earliest()) ? y : x));
        }
        return deliveries.stream().filter(a -> a.date().isEmpty()
                || !a.date().get().earliest().isAfter(earliest.get(sentence(a)).earliest())).toList();
    }

    private static String sentence(Assertion a) {
        return a.evidence().document() + "|" + a.evidence().span();
    }

    /** The latest delivery date that comes after the first delivery, when there is one. */
    private Optional<SlotPicker.Pick<PartialDate>> lastDelivery(List<Cluster> events,
            Optional<SlotPicker.Pick<PartialDate>> first) {
        if (first.isEmpty()) {
            return Optional.empty();
        }
        PartialDate from = first.get().slot().value();
        List<SlotPicker.Claim<PartialDate>> later = claims(facts(events, EventType.DELIVERY), Assertion::date).stream()
                .filter(c -> !c.value().agreesWith(from) && c.value().compareTo(from) > 0).toList();
        Optional<PartialDate> latest = later.stream().map(SlotPicker.Claim::value)
                .max(java.util.Comparator.comparing(PartialDate::earliest));
        return dates.pick(later.stream().filter(c -> latest.map(l -> l.agreesWith(c.value())).orElse(false)).toList())
                .map(p -> new SlotPicker.Pick<>(p.slot(), List.of(p.sides().get(0))));
    }

    private static <T> List<SlotPicker.Claim<T>> claims(List<Assertion> sources,
            java.util.function.Function<Assertion, Optional<T>> value) {
        List<SlotPicker.Claim<T>> out = new ArrayList<>();
        for (Assertion a : sources) {
            value.apply(a).ifPresent(v -> out.add(new SlotPicker.Claim<>(v, a)));
        }
        return out;
    }
}
