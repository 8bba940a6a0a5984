package dev.dossier.report;

import dev.dossier.model.Deal;
import dev.dossier.model.DealStatus;
import dev.dossier.model.Event;
import dev.dossier.model.EventStatus;
import dev.dossier.model.EventType;
import dev.dossier.model.Quantity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code ledger.csv}: one row per deal with the columns of SIPRI's trade register, then the
 * evidence behind the row. Numbers in parentheses are estimates, as in the register.
 */
final class LedgerCsv {
    static final List<String> HEADER = List.of("supplier", "recipient", "designation", "description",
            "number ordered", "order year", "delivery years", "number delivered", "comments",
            "sources", "independent origins", "contested fields", "deal");

    private LedgerCsv() {}

    static String write(ReportData data) {
        StringBuilder csv = new StringBuilder(Csv.row(HEADER));
        for (Deal deal : data.dealsByEvidence()) {
            csv.append(Csv.row(row(deal, data)));
        }
        return csv.toString();
    }

    static List<String> row(Deal deal, ReportData data) {
        java.util.SortedSet<String> sources = data.evidenceOf(deal);
        return List.of(deal.supplier(), deal.recipient(), deal.system(), description(deal, data),
                deal.quantity().map(s -> count(s.value())).orElse(""),
                deal.orderDate().map(s -> Integer.toString(s.value().year())).orElse(""),
                deliveryYears(deal), delivered(deal, data), comments(deal),
                String.join("; ", sources.stream().map(id -> data.document(id).map(d -> d.source()).orElse(id)).toList()),
                Integer.toString(data.originCount(sources)), contested(deal), deal.id());
    }

    /** The weapon's category from the lexicon, when the entity carries one. */
    private static String description(Deal deal, ReportData data) {
        return data.entityNamed(deal.system()).flatMap(e -> e.attribute("category")).orElse("");
    }

    private static String count(Quantity quantity) {
        String number = Wording.number(quantity.amount());
        return quantity.approximate() ? "(" + number + ")" : number;
    }

    /** "2019" or "2019-2020", from the first and last delivery slots. */
    private static String deliveryYears(Deal deal) {
        Optional<Integer> first = deal.firstDelivery().map(s -> s.value().year());
        Optional<Integer> last = deal.lastDelivery().map(s -> s.value().year());
        if (first.isPresent() && last.isPresent() && !first.equals(last)) {
            return first.get() + "-" + last.get();
        }
        return first.or(() -> last).map(String::valueOf).orElse("");
    }

    /** All of the order once the deal is delivered; otherwise the sum the delivery events count. */
    private static String delivered(Deal deal, ReportData data) {
        if (deal.status() == DealStatus.DELIVERED && deal.quantity().isPresent()) {
            return count(deal.quantity().get().value());
        }
        double sum = 0;
        boolean approximate = false;
        for (Event event : data.eventsOf(deal)) {
            boolean affirmed = event.status() == EventStatus.ASSERTED || event.status() == EventStatus.REPORTED;
            if (event.type() == EventType.DELIVERY && affirmed && event.quantity().isPresent()) {
                sum += event.quantity().get().amount();
                approximate |= event.quantity().get().approximate();
            }
        }
        return sum == 0 ? "" : count(new Quantity(sum, "unit", approximate));
    }

    private static String comments(Deal deal) {
        List<String> parts = new ArrayList<>();
        deal.value().ifPresent(s -> parts.add("value " + s.value().display()));
        deal.orderDate().ifPresent(s -> parts.add("ordered " + s.value().iso()));
        deal.firstDelivery().ifPresent(s -> parts.add("first delivery " + s.value().iso()));
        deal.lastDelivery().ifPresent(s -> parts.add("last delivery " + s.value().iso()));
        deal.supplierOrg().ifPresent(org -> parts.add("supplier organisation " + org));
        deal.recipientOrg().ifPresent(org -> parts.add("recipient organisation " + org));
        deal.follows().ifPresent(id -> parts.add("follows deal " + id));
        parts.add("status " + Wording.slot(deal.status().name()));
        return String.join("; ", parts);
    }

    private static String contested(Deal deal) {
        return String.join("; ", SlotRow.of(deal).stream().filter(SlotRow::contested).map(SlotRow::name).toList());
    }
}
