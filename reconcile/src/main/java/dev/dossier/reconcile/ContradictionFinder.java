package dev.dossier.reconcile;

import dev.dossier.model.Assertion;
import dev.dossier.model.Contradiction;
import dev.dossier.model.ContradictionKind;
import dev.dossier.model.ContradictionValue;
import dev.dossier.model.Deal;
import dev.dossier.model.Event;
import dev.dossier.model.EventStatus;
import dev.dossier.model.EventType;
import dev.dossier.model.Money;
import dev.dossier.model.PartialDate;
import dev.dossier.model.Quantity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Finds the disagreements to keep visible: incompatible values of a deal slot, one document
 * giving two of them (self), origins asserting what others deny (polarity), and a delivery dated
 * before the contract (chronology). Ids are given later, in a stable order.
 */
final class ContradictionFinder {
    private final Origins origins;
    private final Explainer explainer;

    ContradictionFinder(Origins origins, Explainer explainer) {
        this.origins = origins;
        this.explainer = explainer;
    }

    List<Contradiction> slots(DealBuilder.Built built) {
        List<Contradiction> out = new ArrayList<>();
        DealSlots.Picks p = built.picks();
        slot(built.deal(), "order_date", p.orderDate(), PartialDate::iso, out);
        slot(built.deal(), "value", p.value(), ContradictionFinder::money, out);
        slot(built.deal(), "quantity", p.quantity(), q -> EventAssembler.quantityText(q), out);
        slot(built.deal(), "first_delivery", p.firstDelivery(), PartialDate::iso, out);
        chronology(built, out);
        return out;
    }

    static String money(Money m) {
        return String.format(Locale.ROOT, "%.0f %s", m.amount(), m.currency());
    }

    private <T> void slot(Deal deal, String slot, Optional<SlotPicker.Pick<T>> pick, Function<T, String> show,
            List<Contradiction> out) {
        if (pick.isEmpty() || !pick.get().contested()) {
            return;
        }
        List<SlotPicker.Side<T>> sides = pick.get().sides();
        List<java.util.Set<String>> documents = sides.stream()
                .map(s -> (java.util.Set<String>) new java.util.HashSet<>(s.documents())).toList();
        List<SlotPicker.Side<T>> disputed = betweenSources(sides, documents);
        if (disputed.size() > 1) {
            List<ContradictionValue> values = disputed.stream().map(s -> value(show.apply(s.value()), s.sources()))
                    .toList();
            out.add(new Contradiction("c", Optional.of(deal.id()), Optional.empty(), ContradictionKind.VALUE, slot,
                    values, explainer.value(deal, slot, values)));
        }
        for (String doc : selfContradicting(documents)) {
            List<String> shown = new ArrayList<>();
            for (int i = 0; i < sides.size(); i++) {
                if (documents.get(i).contains(doc)) {
                    shown.add(show.apply(sides.get(i).value()));
                }
            }
            List<ContradictionValue> own = shown.stream()
                    .map(v -> new ContradictionValue(v, List.of(doc), 1, List.of())).toList();
            out.add(new Contradiction("c", Optional.of(deal.id()), Optional.empty(), ContradictionKind.SELF, slot, own,
                    explainer.self(deal, slot, doc, shown)));
        }
    }

    /**
     * The chosen side and each other side that a source holds against it: a side whose every
     * document also backs the chosen value (or the reverse) is one article saying two things, a
     * {@code self} contradiction, not a disagreement between sources.
     */
    private static <T> List<SlotPicker.Side<T>> betweenSources(List<SlotPicker.Side<T>> sides,
            List<java.util.Set<String>> documents) {
        java.util.Set<String> chosen = documents.get(0);
        List<SlotPicker.Side<T>> out = new ArrayList<>(List.of(sides.get(0)));
        for (int i = 1; i < sides.size(); i++) {
            java.util.Set<String> other = documents.get(i);
            if (!chosen.containsAll(other) && !other.containsAll(chosen)) {
                out.add(sides.get(i));
            }
        }
        return out;
    }

    /** The documents on more than one side (each side given as its documents), in order. */
    private static List<String> selfContradicting(List<java.util.Set<String>> sides) {
        Map<String, Integer> sidesOf = new java.util.TreeMap<>();
        sides.forEach(documents -> documents.forEach(d -> sidesOf.merge(d, 1, Integer::sum)));
        return sidesOf.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).toList();
    }

    private void chronology(DealBuilder.Built built, List<Contradiction> out) {
        Optional<SlotPicker.Pick<PartialDate>> order = built.picks().orderDate();
        if (order.isEmpty()) {
            return;
        }
        PartialDate signed = order.get().slot().value();
        ContradictionValue contract = value(signed.iso(), order.get().sides().get(0).sources());
        for (Event e : built.events()) {
            boolean early = e.type() == EventType.DELIVERY && e.batch().orElse(1) <= 1 && e.date().isPresent()
                    && (e.status() == EventStatus.ASSERTED || e.status() == EventStatus.REPORTED)
                    && !e.date().get().agreesWith(signed) && e.date().get().compareTo(signed) < 0;
            if (early) {
                List<String> docs = e.sources().stream().filter(s -> s.claims().containsKey("date"))
                        .map(s -> s.evidence().document()).distinct().sorted().toList();
                ContradictionValue delivery = new ContradictionValue(e.date().get().iso(), docs, docs.size(),
                        List.of());
                out.add(new Contradiction("c", Optional.of(built.deal().id()), Optional.of(e.id()),
                        ContradictionKind.CHRONOLOGY, "first_delivery", List.of(delivery, contract),
                        explainer.chronology(built.deal(), delivery, contract)));
            }
        }
    }

    /** Asserted against denied, for an event whose origins disagree. */
    Optional<Contradiction> polarity(Event event, Cluster cluster, Optional<String> deal) {
        if (event.status() != EventStatus.DISPUTED) {
            return Optional.empty();
        }
        List<Assertion> members = cluster.members();
        ContradictionValue asserted = value("asserted", EventAssembler.asserting(members));
        ContradictionValue denied = value("denied", EventAssembler.denying(members));
        return Optional.of(new Contradiction("c", deal, Optional.of(event.id()), ContradictionKind.POLARITY,
                event.type().name(), List.of(asserted, denied), explainer.polarity(event, asserted, denied)));
    }

    private ContradictionValue value(String shown, List<Assertion> sources) {
        List<String> docs = sources.stream().map(a -> a.evidence().document()).distinct().sorted().toList();
        return new ContradictionValue(shown, docs, origins.count(sources), Origins.attributedTo(sources));
    }

    static Map<ContradictionKind, Integer> kindOrder() {
        return Map.of(ContradictionKind.VALUE, 0, ContradictionKind.POLARITY, 1, ContradictionKind.SELF, 2,
                ContradictionKind.CHRONOLOGY, 3);
    }

    static String quantity(Quantity q) {
        return EventAssembler.quantityText(q);
    }
}
