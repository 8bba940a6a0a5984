package dev.dossier.model;

import java.util.List;
import java.util.Optional;

/**
 * One supplier state → recipient state → weapon system relationship that reached at least talks,
 * with its ledger slots and events. {@code follows} names the deal a separate follow-on contract
 * continues.
 */
public record Deal(
        String id,
        String supplier,
        String recipient,
        String system,
        DealStatus status,
        Optional<String> supplierOrg,
        Optional<String> recipientOrg,
        Optional<Slot<PartialDate>> orderDate,
        Optional<Slot<Money>> value,
        Optional<Slot<Quantity>> quantity,
        Optional<Slot<PartialDate>> firstDelivery,
        Optional<Slot<PartialDate>> lastDelivery,
        List<String> events,
        Optional<String> follows) {

    public Deal {
        Checks.text(id, "id");
        Checks.text(supplier, "supplier");
        Checks.text(recipient, "recipient");
        Checks.text(system, "system");
        Checks.present(status, "status");
        Checks.present(supplierOrg, "supplierOrg");
        Checks.present(recipientOrg, "recipientOrg");
        Checks.present(orderDate, "orderDate");
        Checks.present(value, "value");
        Checks.present(quantity, "quantity");
        Checks.present(firstDelivery, "firstDelivery");
        Checks.present(lastDelivery, "lastDelivery");
        events = Checks.list(events, "events");
        Checks.present(follows, "follows");
    }
}
