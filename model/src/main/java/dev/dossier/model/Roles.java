package dev.dossier.model;

import java.util.Optional;

/**
 * The parties of an event, by canonical name: states as supplier/recipient (transfers) or
 * actor/target (sanctions, waivers, exclusions, tests), the system by its designation, and the
 * contracting organisations when named.
 */
public record Roles(
        Optional<String> supplier,
        Optional<String> recipient,
        Optional<String> system,
        Optional<String> supplierOrg,
        Optional<String> recipientOrg,
        Optional<String> actor,
        Optional<String> target) {

    public Roles {
        Checks.present(supplier, "supplier");
        Checks.present(recipient, "recipient");
        Checks.present(system, "system");
        Checks.present(supplierOrg, "supplierOrg");
        Checks.present(recipientOrg, "recipientOrg");
        Checks.present(actor, "actor");
        Checks.present(target, "target");
    }

    public static Roles none() {
        Optional<String> no = Optional.empty();
        return new Roles(no, no, no, no, no, no, no);
    }

    public static Roles transfer(String supplier, String recipient, String system) {
        return none().withSupplier(supplier).withRecipient(recipient).withSystem(system);
    }

    public static Roles action(String actor, String target, String system) {
        return none().withActor(actor).withTarget(target).withSystem(system);
    }

    public Roles withSupplier(String v) {
        return new Roles(Optional.ofNullable(v), recipient, system, supplierOrg, recipientOrg, actor, target);
    }

    public Roles withRecipient(String v) {
        return new Roles(supplier, Optional.ofNullable(v), system, supplierOrg, recipientOrg, actor, target);
    }

    public Roles withSystem(String v) {
        return new Roles(supplier, recipient, Optional.ofNullable(v), supplierOrg, recipientOrg, actor, target);
    }

    public Roles withSupplierOrg(String v) {
        return new Roles(supplier, recipient, system, Optional.ofNullable(v), recipientOrg, actor, target);
    }

    public Roles withRecipientOrg(String v) {
        return new Roles(supplier, recipient, system, supplierOrg, Optional.ofNullable(v), actor, target);
    }

    public Roles withActor(String v) {
        return new Roles(supplier, recipient, system, supplierOrg, recipientOrg, Optional.ofNullable(v), target);
    }

    public Roles withTarget(String v) {
        return new Roles(supplier, recipient, system, supplierOrg, recipientOrg, actor, Optional.ofNullable(v));
    }
}
