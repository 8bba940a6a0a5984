package dev.dossier.report.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RegisterValueTest {
    private static final Map<String, String> CURRENCIES = RegisterValue.currencyForms();

    private static List<RegisterValue.Amount> amounts(String comments) {
        return RegisterValue.of(comments, CURRENCIES).orElseThrow().amounts();
    }

    @Test
    void dollarsWithTheScaleSipriWrites() {
        assertEquals(List.of(new RegisterValue.Amount(3e9, 3e9, "USD")), amounts("$3 b deal; Su-30SM version"));
        assertEquals(List.of(new RegisterValue.Amount(650e6, 650e6, "USD")), amounts("$650 m deal"));
        assertEquals(List.of(new RegisterValue.Amount(2.4e9, 2.4e9, "USD")), amounts("$2.4b deal"));
    }

    @Test
    void aLocalCurrencyWithItsDollarEquivalent() {
        assertEquals(List.of(new RegisterValue.Amount(120e9, 120e9, "TWD"), new RegisterValue.Amount(4.1e9, 4.1e9, "USD")),
                amounts("TWD120 b ($4.1 b) deal; delivery planned 2031-2033"));
        assertEquals(List.of(new RegisterValue.Amount(3e9, 3e9, "CHF"), new RegisterValue.Amount(3.3e9, 3.3e9, "USD")),
                amounts("CHF3 b ($3.3 b) 'Sky' programme (incl CHF1.1 b offsets)"));
        assertEquals(List.of(new RegisterValue.Amount(5.5e9, 5.5e9, "EUR")), amounts("EUR5.5 b deal"));
        assertEquals(List.of(new RegisterValue.Amount(4.2e9, 4.2e9, "TWD")), amounts("NTD4.2 b deal"));
    }

    @Test
    void aRangeAndAComponentAndAShare() {
        assertEquals(List.of(new RegisterValue.Amount(120e6, 140e6, "USD")), amounts("$120-140 m deal"));
        assertEquals(List.of(new RegisterValue.Amount(900e6, 900e6, "USD")),
                amounts("Produced under licence (incl $50 m offsets); $900 m deal"));
        RegisterValue shared = RegisterValue.of("Part of $500 m deal; for HIMARS MRL", CURRENCIES).orElseThrow();
        assertTrue(shared.partOf());
        assertFalse(RegisterValue.of("$500 m deal", CURRENCIES).orElseThrow().partOf());
    }

    @Test
    void noValueInCommentsWithout() {
        assertEquals(Optional.empty(), RegisterValue.of("For 12 Type-31 frigates; delivery planned 2032", CURRENCIES));
        assertEquals(Optional.empty(), RegisterValue.of("", CURRENCIES));
    }

    @Test
    void matchesWithinTheTolerance() {
        RegisterValue.Amount value = new RegisterValue.Amount(4.1e9, 4.1e9, "USD");
        assertTrue(value.matches(4.0e9, 0.05));
        assertFalse(value.matches(3.5e9, 0.05));
        assertTrue(new RegisterValue.Amount(120e6, 140e6, "USD").matches(130e6, 0.05));
    }
}
