package dev.dossier.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dossier.model.Money;
import org.junit.jupiter.api.Test;

/** Examples: which reported figures can be one sum. */
class SumsTest {
    private final Sums sums = new Sums();

    private static Money usd(double amount) {
        return new Money(amount, "USD", false);
    }

    @Test
    void aFigureAgreesWithinTheRoundingOfTheLessPreciseOne() {
        assertTrue(sums.same(usd(7e9), usd(7.38e9)), "$7 billion stands for 6.5 to 7.5 billion");
        assertTrue(sums.same(new Money(1.3e9, "USD", true), usd(1.27e9)), "about $1.3 billion");
        assertFalse(sums.same(usd(3e9), usd(3.5e9)), "3.5 does not round to 3");
        assertFalse(sums.same(usd(1.6e9), usd(1.35e9)));
        assertTrue(sums.same(usd(4.81e9), usd(4.8e9)), "within 2 %");
    }

    @Test
    void trailingZerosOfAWrittenFigureCount() {
        assertEquals(1e9, Sums.unit(2e10), "'20 billion': the last digit is a billion");
        assertEquals(1e7, Sums.unit(4.53e9));
        assertEquals(1e6, Sums.unit(350e6));
        assertFalse(sums.same(usd(2e10), usd(2.7e10)));
    }

    @Test
    void figuresInTwoCurrenciesDisagreeOnlyWhenNoRateOfTheDecadeJoinsThem() {
        Money francs = new Money(4e9, "CHF", false);
        assertFalse(sums.same(francs, usd(4.15e9)), "never one side");
        assertTrue(sums.compatible(francs, usd(4.15e9)), "a conversion");
        assertFalse(sums.compatible(francs, usd(6.3e9)));
        assertTrue(sums.compatible(new Money(9e10, "RUB", false), usd(5e9)), "no reference rate: not compared");
    }
}
