package dev.dossier.model;

/** A counted amount of something: 4 batteries, 24 jets, a second regiment (amount 1, ordinal 2). */
public record Quantity(double amount, String unit, boolean approximate) {
    public Quantity {
        if (!(amount >= 0) || Double.isInfinite(amount)) {
            throw new IllegalArgumentException("amount must be a non-negative number: " + amount);
        }
        Checks.text(unit, "unit");
    }
}
