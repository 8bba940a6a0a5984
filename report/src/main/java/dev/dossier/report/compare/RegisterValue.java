package dev.dossier.report.compare;

import dev.dossier.nlp.lexicon.Tsv;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A deal's value as SIPRI's Comments state it: "$2 b deal", "TWD247 b ($8.2 b) deal", "CHF6 b
 * ($6.2 b) … programme (incl CHF2.9 b offsets)", "EUR7.8 b", "$159-177 m". The first amount of
 * the comments is the value, with the equivalent SIPRI gives in brackets right after it; an amount
 * introduced by "incl" is a component, not the value, and is skipped; "Part of $414 m deal" marks
 * the value as shared with other rows ({@link #partOf}), which no single deal can be compared with.
 *
 * @param amounts the value in each currency SIPRI states it in, the first as written
 * @param text the words the value was read from
 */
record RegisterValue(List<Amount> amounts, String text, boolean partOf) {
    private static final Pattern MONEY = Pattern.compile(
            "(?<currency>US\\$|NT\\$|\\$|\\b[A-Z]{3})\\s?(?<low>\\d+(?:\\.\\d+)?)(?:\\s?-\\s?(?<high>\\d+(?:\\.\\d+)?))?"
                    + "\\s?(?<scale>billion|million|bn|mn|b|m)\\b\\.?");
    private static final Pattern EQUIVALENT = Pattern.compile("\\A\\s*\\(([^)]*)\\)");
    private static final Pattern COMPONENT = Pattern.compile("(?:\\bincl\\.?|\\bincluding)\\s*\\z");

    RegisterValue {
        amounts = List.copyOf(amounts);
    }

    /** One amount: {@code low}–{@code high} (equal unless SIPRI gives a range) in {@code currency}. */
    record Amount(double low, double high, String currency) {
        /** Whether a news amount is within the range, give or take {@code relativeTolerance} of it. */
        boolean matches(double news, double relativeTolerance) {
            double slack = relativeTolerance * Math.max(Math.abs(news), high);
            return news >= low - slack && news <= high + slack;
        }
    }

    /** The currency forms a register writes: ISO codes and "$" forms from the news lexicon, and SIPRI's own. */
    static Map<String, String> currencyForms() {
        Map<String, String> forms = new HashMap<>();
        for (Tsv.Row row : Tsv.resource("currencies.tsv").rows()) {
            String form = row.get("form");
            if (form.matches("[A-Z]{3}|[A-Z]*\\$")) {
                forms.putIfAbsent(form, row.get("code"));
            }
            forms.putIfAbsent(row.get("code"), row.get("code"));
        }
        for (Tsv.Row row : Tsv.classpath("/dev/dossier/report/compare/register-currencies.tsv").rows()) {
            forms.put(row.get("form"), row.get("code"));
        }
        return Map.copyOf(forms);
    }

    /** The value the comments state, if any. */
    static Optional<RegisterValue> of(String comments, Map<String, String> currencies) {
        for (String clause : comments.split(";")) {
            Matcher m = MONEY.matcher(clause);
            while (m.find()) {
                Optional<Amount> amount = amount(m, currencies);
                if (amount.isEmpty() || COMPONENT.matcher(clause.substring(0, m.start())).find()) {
                    continue;
                }
                return Optional.of(withEquivalent(clause, m, amount.get(), currencies));
            }
        }
        return Optional.empty();
    }

    private static RegisterValue withEquivalent(String clause, Matcher m, Amount first, Map<String, String> currencies) {
        List<Amount> amounts = new ArrayList<>(List.of(first));
        int end = m.end();
        Matcher bracket = EQUIVALENT.matcher(clause.substring(end));
        if (bracket.find()) {
            Matcher inner = MONEY.matcher(bracket.group(1));
            if (inner.find()) {
                amount(inner, currencies).ifPresent(amounts::add);
                end += bracket.end();
            }
        }
        boolean partOf = clause.substring(0, m.start()).toLowerCase(Locale.ROOT).contains("part of");
        return new RegisterValue(amounts, clause.substring(m.start(), end).trim(), partOf);
    }

    private static Optional<Amount> amount(Matcher m, Map<String, String> currencies) {
        String code = currencies.get(m.group("currency"));
        if (code == null) {
            return Optional.empty();
        }
        int exponent = m.group("scale").startsWith("b") ? 9 : 6;
        String low = m.group("low");
        String high = m.group("high") == null ? low : m.group("high");
        return Optional.of(new Amount(scaled(low, exponent), scaled(high, exponent), code));
    }

    /** "8.2" × 10⁹ exactly, not 8199999999.999999. */
    private static double scaled(String number, int exponent) {
        return new BigDecimal(number).scaleByPowerOfTen(exponent).doubleValue();
    }
}
