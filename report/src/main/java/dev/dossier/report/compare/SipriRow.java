package dev.dossier.report.compare;

import dev.dossier.model.Checks;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * One deal of the SIPRI Arms Transfers Database as its export gives it: a row of the trade
 * register, or all the rows of one deal id in the per-delivery export. Names are SIPRI's own
 * spelling ("Turkiye"); {@code estimates} holds the fields SIPRI marks with '?' (or "is
 * estimate"). {@code comments} is SIPRI's free text, where values live ("$2 b deal").
 *
 * @param line the 1-based line of the file the deal starts on
 * @param id SIPRI's deal id (per-delivery export only)
 */
public record SipriRow(int line, Optional<String> id, String recipient, String supplier, String designation,
        String description, OptionalInt orderYear, OptionalInt numberOrdered, OptionalInt numberDelivered,
        List<Integer> deliveryYears, String status, String comments, Set<Estimate> estimates) {

    /** A field SIPRI marks as uncertain; {@link #key()} is its name in compare.json. */
    public enum Estimate {
        ORDER_YEAR("order_year"), NUMBER_ORDERED("number_ordered"), NUMBER_DELIVERED("number_delivered"),
        DELIVERY_YEARS("delivery_years");

        private final String key;

        Estimate(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    public SipriRow {
        Checks.present(id, "id");
        Checks.present(recipient, "recipient");
        Checks.present(supplier, "supplier");
        Checks.present(designation, "designation");
        Checks.present(description, "description");
        Checks.present(orderYear, "orderYear");
        Checks.present(numberOrdered, "numberOrdered");
        Checks.present(numberDelivered, "numberDelivered");
        deliveryYears = List.copyOf(deliveryYears).stream().sorted().distinct().toList();
        Checks.present(status, "status");
        Checks.present(comments, "comments");
        estimates = Set.copyOf(estimates);
    }

    /** The first year SIPRI records a delivery in, when it records any. */
    public OptionalInt firstDeliveryYear() {
        return deliveryYears.isEmpty() ? OptionalInt.empty() : OptionalInt.of(deliveryYears.get(0));
    }
}
