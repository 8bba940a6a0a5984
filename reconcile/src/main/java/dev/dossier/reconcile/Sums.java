package dev.dossier.reconcile;

import dev.dossier.model.Money;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * When two reported figures of a deal's value can be one sum.
 *
 * <p>In one currency: within 2 %, or within the rounding of the less precise figure — "$5
 * billion" stands for anything from 4.5 up to (not including) 5.5 billion, so it agrees with
 * "$5.43 billion", and "about $1.3 billion" agrees with "$1.34 billion"; "$2 billion" does not
 * agree with "$2.5 billion".
 *
 * <p>In two currencies: writers convert at the rate of their day, which no text states, so a
 * figure in euros is never taken as backing a figure in dollars (they stay separate sides of the
 * slot). They are called incompatible only when no rate in the currencies' range over the last
 * decade ({@code reference-rates.tsv}) could turn one into the other: "EUR 3.1 billion" against
 * "$4.6 billion" is a dispute, "CHF 4 billion ($4.3 billion)" is one sum. A figure in a currency
 * without a reference rate is not compared with another currency at all.
 */
final class Sums {
    private static final double SAME_CURRENCY_TOLERANCE = 0.02;
    /** More digits than any text writes: what is left after them is floating-point noise. */
    private static final java.math.MathContext WRITTEN = new java.math.MathContext(9);
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

    private record Rate(double usdPerUnit, double band) {}

    private final Map<String, Rate> rates;
    /** {@link #unit} by amount: a slot compares each pair of its figures, and the unit's BigDecimal work is the cost. */
    private final Map<Double, Double> units = new java.util.concurrent.ConcurrentHashMap<>();

    Sums() {
        this.rates = load();
    }

    /** Same currency and the same sum, as {@link Sums} explains; the test for one side of a slot. */
    boolean same(Money a, Money b) {
        return a.currency().equals(b.currency()) && close(a.amount(), unitOf(a.amount()), b.amount(), unitOf(b.amount()), 0);
    }

    /** Whether two figures can stand for one sum; figures in currencies without a rate cannot be told apart. */
    boolean compatible(Money a, Money b) {
        if (a.currency().equals(b.currency())) {
            return same(a, b);
        }
        Rate ra = rates.get(a.currency());
        Rate rb = rates.get(b.currency());
        if (ra == null || rb == null) {
            return true;
        }
        double toA = rb.usdPerUnit() / ra.usdPerUnit();
        return close(a.amount(), unitOf(a.amount()), b.amount() * toA, unitOf(b.amount()) * toA, ra.band() + rb.band());
    }

    /**
     * Two figures in different currencies that both have a reference rate and that one rate in
     * the range turns into each other: one sum written in two currencies.
     */
    boolean convertible(Money a, Money b) {
        return !a.currency().equals(b.currency()) && rates.containsKey(a.currency())
                && rates.containsKey(b.currency()) && compatible(a, b);
    }

    private double unitOf(double amount) {
        return units.computeIfAbsent(amount, Sums::unit);
    }

    /**
     * Within 2 % (plus the rate's {@code band}), or less than half a unit of the last written digit
     * of the less precise figure apart (widened by {@code band}).
     */
    private static boolean close(double x, double unitX, double y, double unitY, double band) {
        double larger = Math.max(x, y);
        double gap = Math.abs(x - y);
        return gap <= (SAME_CURRENCY_TOLERANCE + band) * larger || gap < Math.max(unitX, unitY) / 2 + band * larger;
    }

    /**
     * The place value of the last written digit, the figure read as a number of thousands,
     * millions or billions as a text writes it: 1e9 for 5e9 ("5 billion") and for 1e10 ("10
     * billion"), 1e7 for 5.43e9 ("5.43 billion"), 1e6 for 250e6 ("250 million").
     */
    static double unit(double amount) {
        BigDecimal scaled = new BigDecimal(amount).round(WRITTEN);
        int thousands = 0;
        while (scaled.compareTo(THOUSAND) >= 0) {
            scaled = scaled.movePointLeft(3);
            thousands++;
        }
        int decimals = Math.max(0, scaled.stripTrailingZeros().scale());
        return Math.pow(10, 3 * thousands - decimals);
    }

    private static Map<String, Rate> load() {
        Map<String, Rate> out = new HashMap<>();
        try (InputStream in = Sums.class.getResourceAsStream("reference-rates.tsv")) {
            if (in == null) {
                throw new IllegalStateException("missing resource reference-rates.tsv");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] cells = line.split("\t");
                if (line.startsWith("#") || cells.length < 3 || cells[0].equals("code")) {
                    continue;
                }
                out.put(cells[0].strip(), new Rate(Double.parseDouble(cells[1].strip()),
                        Double.parseDouble(cells[2].strip())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read reference-rates.tsv", e);
        }
        return Map.copyOf(out);
    }
}
