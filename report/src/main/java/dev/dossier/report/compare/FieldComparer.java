package dev.dossier.report.compare;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dossier.nlp.text.Fold;
import dev.dossier.report.compare.SipriRow.Estimate;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The verdict on one field of a pair. Dates compare by year, because SIPRI records years (a
 * news date that is only a bound, "delivered by the time it was reported", agrees with SIPRI's
 * year when it is the same year, differs when SIPRI's is later, and is incomparable when earlier);
 * quantities compare when the news counts the weapons themselves (a count of battalions or
 * batches is {@link Verdict#INCOMPARABLE} with SIPRI's count of systems); values compare in a
 * currency both state, within {@link #VALUE_TOLERANCE}, and are incomparable otherwise (no
 * exchange rate is assumed) or when SIPRI's value is that of a larger deal.
 */
final class FieldComparer {
    static final double VALUE_TOLERANCE = 0.05;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Map<String, String> currencies;
    private final Set<String> formationUnits;

    FieldComparer(Map<String, String> currencies, Set<String> formationUnits) {
        this.currencies = Map.copyOf(currencies);
        this.formationUnits = Set.copyOf(formationUnits);
    }

    /** The comparison of one field, or empty when neither side gives it. */
    Optional<Comparison.FieldVerdict> compare(Field field, NewsEvidence news, SipriRow row) {
        return switch (field) {
            case ORDER_DATE -> years(field, news, row.orderYear(), row.estimates().contains(Estimate.ORDER_YEAR));
            case FIRST_DELIVERY -> years(field, news, row.firstDeliveryYear(),
                    row.estimates().contains(Estimate.DELIVERY_YEARS));
            case QUANTITY -> quantity(news, row);
            case VALUE -> value(news, row);
        };
    }

    private Optional<Comparison.FieldVerdict> years(Field field, NewsEvidence news, OptionalInt sipri, boolean estimate) {
        Optional<JsonNode> sipriNode = sipri.isPresent() ? Optional.of(IntNode.valueOf(sipri.getAsInt())) : Optional.empty();
        OptionalInt newsYear = news.value().map(v -> year(v.asText())).orElse(OptionalInt.empty());
        if (newsYear.isEmpty() || sipri.isEmpty()) {
            return oneSided(field, news, sipriNode, estimate);
        }
        if (news.byDate() && sipri.getAsInt() < newsYear.getAsInt()) {
            return Optional.of(verdict(field, news, sipriNode, Verdict.INCOMPARABLE, estimate,
                    "the news says only that it happened by then"));
        }
        Verdict verdict = newsYear.getAsInt() == sipri.getAsInt() ? Verdict.AGREE : Verdict.DIFFER;
        return Optional.of(verdict(field, news, sipriNode, verdict, estimate, ""));
    }

    private Optional<Comparison.FieldVerdict> quantity(NewsEvidence news, SipriRow row) {
        boolean estimate = row.estimates().contains(Estimate.NUMBER_ORDERED);
        Optional<JsonNode> sipri = row.numberOrdered().isPresent()
                ? Optional.of(IntNode.valueOf(row.numberOrdered().getAsInt())) : Optional.empty();
        if (news.value().isEmpty() || sipri.isEmpty()) {
            return oneSided(Field.QUANTITY, news, sipri, estimate);
        }
        String unit = news.value().get().path("unit").asText("");
        if (isFormation(unit)) {
            return Optional.of(verdict(Field.QUANTITY, news, sipri, Verdict.INCOMPARABLE, estimate,
                    "news unit: " + unit + "; SIPRI counts each " + describe(row)));
        }
        double amount = news.value().get().path("amount").asDouble();
        Verdict verdict = amount == row.numberOrdered().getAsInt() ? Verdict.AGREE : Verdict.DIFFER;
        return Optional.of(verdict(Field.QUANTITY, news, sipri, verdict, estimate, ""));
    }

    private Optional<Comparison.FieldVerdict> value(NewsEvidence news, SipriRow row) {
        Optional<RegisterValue> stated = RegisterValue.of(row.comments(), currencies);
        if (news.value().isEmpty() || stated.isEmpty()) {
            return oneSided(Field.VALUE, news, stated.map(v -> valueNode(v, v.amounts().get(0))), false);
        }
        RegisterValue sipri = stated.get();
        String currency = news.value().get().path("currency").asText("");
        double amount = news.value().get().path("amount").asDouble();
        Optional<RegisterValue.Amount> same = sipri.amounts().stream().filter(a -> a.currency().equals(currency)).findFirst();
        RegisterValue.Amount shown = same.orElse(sipri.amounts().get(0));
        Optional<JsonNode> node = Optional.of(valueNode(sipri, shown));
        if (sipri.partOf()) {
            return Optional.of(verdict(Field.VALUE, news, node, Verdict.INCOMPARABLE, false,
                    "SIPRI gives the value of a larger deal this row is part of"));
        }
        if (same.isEmpty()) {
            return Optional.of(verdict(Field.VALUE, news, node, Verdict.INCOMPARABLE, false,
                    "no currency in common (" + currency + " against " + shown.currency() + "); no exchange rate assumed"));
        }
        Verdict verdict = same.get().matches(amount, VALUE_TOLERANCE) ? Verdict.AGREE : Verdict.DIFFER;
        return Optional.of(verdict(Field.VALUE, news, node, verdict, false, ""));
    }

    private static ObjectNode valueNode(RegisterValue value, RegisterValue.Amount amount) {
        ObjectNode node = NODES.objectNode();
        putAmount(node, "amount", amount.low());
        if (amount.high() != amount.low()) {
            putAmount(node, "high", amount.high());
        }
        node.put("currency", amount.currency());
        node.put("text", value.text());
        return node;
    }

    /** Whole amounts print as integers, as in dossier.json. */
    private static void putAmount(ObjectNode node, String key, double amount) {
        if (amount == Math.rint(amount) && Math.abs(amount) < 1e18) {
            node.put(key, (long) amount);
        } else {
            node.put(key, amount);
        }
    }

    private boolean isFormation(String unit) {
        for (String word : Fold.fold(unit).split("[^\\p{L}]+")) {
            if (formationUnits.contains(word) || word.endsWith("s") && formationUnits.contains(singular(word))) {
                return true;
            }
        }
        return false;
    }

    private static String singular(String word) {
        if (word.endsWith("ies")) {
            return word.substring(0, word.length() - 3) + "y";
        }
        return word.endsWith("es") && formationWithEs(word) ? word.substring(0, word.length() - 2)
                : word.substring(0, word.length() - 1);
    }

    private static boolean formationWithEs(String word) {
        return word.endsWith("ches") || word.endsWith("shes") || word.endsWith("xes");
    }

    private static String describe(SipriRow row) {
        return row.description().isEmpty() ? row.designation() : row.description();
    }

    private static Optional<Comparison.FieldVerdict> oneSided(Field field, NewsEvidence news, Optional<JsonNode> sipri,
            boolean estimate) {
        if (news.value().isPresent() == sipri.isPresent()) {
            return Optional.empty();
        }
        Verdict verdict = news.value().isPresent() ? Verdict.NEWS_ONLY : Verdict.SIPRI_ONLY;
        return Optional.of(verdict(field, news, sipri, verdict, estimate, ""));
    }

    private static Comparison.FieldVerdict verdict(Field field, NewsEvidence news, Optional<JsonNode> sipri,
            Verdict verdict, boolean estimate, String why) {
        String note = news.note().isEmpty() ? why : why.isEmpty() ? news.note() : why + "; " + news.note();
        return new Comparison.FieldVerdict(field, news.value(), sipri, verdict, estimate && sipri.isPresent(),
                news.sources(), news.independentSources(), news.quotes(), note);
    }

    /** The year of an ISO date at any precision ("2019", "2019-07-12"). */
    static OptionalInt year(String isoDate) {
        return isoDate.length() >= 4 && isoDate.substring(0, 4).chars().allMatch(Character::isDigit)
                ? OptionalInt.of(Integer.parseInt(isoDate.substring(0, 4))) : OptionalInt.empty();
    }
}
