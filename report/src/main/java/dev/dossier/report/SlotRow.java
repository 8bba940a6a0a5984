package dev.dossier.report;

import dev.dossier.model.Deal;
import dev.dossier.model.Slot;
import java.util.List;
import java.util.Optional;

/** One ledger field of a deal as the readable outputs show it: its name, label and value in words. */
record SlotRow(String name, String label, Optional<Slot<?>> slot, String display) {

    /** The five slots of a deal, in ledger order; a slot the texts do not fill has an empty value. */
    static List<SlotRow> of(Deal deal) {
        return List.of(
                new SlotRow("order_date", "Order date", widen(deal.orderDate()),
                        deal.orderDate().map(s -> Wording.date(s.value())).orElse("")),
                new SlotRow("value", "Value", widen(deal.value()),
                        deal.value().map(s -> s.value().display()).orElse("")),
                new SlotRow("quantity", "Quantity", widen(deal.quantity()),
                        deal.quantity().map(s -> Wording.quantity(s.value())).orElse("")),
                new SlotRow("first_delivery", "First delivery", widen(deal.firstDelivery()),
                        deal.firstDelivery().map(s -> Wording.date(s.value())).orElse("")),
                new SlotRow("last_delivery", "Last delivery", widen(deal.lastDelivery()),
                        deal.lastDelivery().map(s -> Wording.date(s.value())).orElse("")));
    }

    boolean contested() {
        return slot.map(Slot::contested).orElse(false);
    }

    private static Optional<Slot<?>> widen(Optional<? extends Slot<?>> slot) {
        return slot.map(s -> s);
    }
}
