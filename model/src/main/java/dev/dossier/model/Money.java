package dev.dossier.model;

import java.util.Locale;

/** An amount of money in one ISO 4217 currency. */
public record Money(double amount, String currency, boolean approximate) {
    public Money {
        if (!(amount >= 0) || Double.isInfinite(amount)) {
            throw new IllegalArgumentException("amount must be a non-negative number: " + amount);
        }
        Checks.text(currency, "currency");
        if (!currency.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("currency must be an ISO 4217 code: " + currency);
        }
    }

    /** True when the two amounts are in one currency and within {@code tolerance} (a fraction) of each other. */
    public boolean agreesWith(Money other, double tolerance) {
        return currency.equals(other.currency)
                && Math.abs(amount - other.amount) <= tolerance * Math.max(amount, other.amount);
    }

    /** "USD 2.5 billion". */
    public String display() {
        String[] names = {"", " thousand", " million", " billion", " trillion"};
        double value = amount;
        int scale = 0;
        while (value >= 1000 && scale < names.length - 1) {
            value /= 1000;
            scale++;
        }
        String number = value == Math.rint(value) ? String.format(Locale.ROOT, "%.0f", value)
                : String.format(Locale.ROOT, "%.2f", value).replaceAll("0+$", "");
        return (approximate ? "about " : "") + currency + " " + number + names[scale];
    }
}
