package dev.dossier.reconcile;

import dev.dossier.model.Assertion;
import dev.dossier.model.Money;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A deal's value given in several currencies is one value, never a dispute. A writer who gives
 * a local figure ("新台幣2,472億元", "15,6 triliun rupiah") states the same sum that others give
 * in dollars; when a reference rate can turn one figure into the other ({@link Sums#convertible}),
 * each side counts the origins of both. Among sides so backed, the value shown is the one in
 * the currency that most documents of the deal use for its figures (any event's: a Swiss
 * purchase reported in francs), then in US dollars, then in euros (the reference currencies of
 * the arms trade); only then does the side with more origins of its own win.
 */
final class CurrencyPreference {
    private static final List<String> REFERENCE = List.of("USD", "EUR");

    private final Sums sums;
    private final Origins origins;
    private final Map<String, Integer> usage;

    /** {@code usage}: how many documents of the deal give a figure in each currency ({@link #usage}). */
    CurrencyPreference(Sums sums, Origins origins, Map<String, Integer> usage) {
        this.sums = sums;
        this.origins = origins;
        this.usage = Map.copyOf(usage);
    }

    /** How many documents give a figure in each currency, over every event of a deal. */
    static Map<String, Integer> usage(List<Cluster> events) {
        Map<String, Set<String>> documents = new HashMap<>();
        for (Cluster c : events) {
            for (Assertion a : c.members()) {
                a.value().ifPresent(v -> documents.computeIfAbsent(v.currency(), k -> new HashSet<>())
                        .add(a.evidence().document()));
            }
        }
        Map<String, Integer> out = new HashMap<>();
        documents.forEach((currency, docs) -> out.put(currency, docs.size()));
        return out;
    }

    /** The order of {@code sides}, best first, by the rule above. */
    Comparator<SlotPicker.Side<Money>> order(List<SlotPicker.Side<Money>> sides) {
        Map<SlotPicker.Side<Money>, Integer> pooled = new IdentityHashMap<>();
        sides.forEach(side -> pooled.put(side, pooledOrigins(side, sides)));
        return Comparator.comparingInt((SlotPicker.Side<Money> s) -> -pooled.get(s))
                .thenComparingInt(s -> -usage.getOrDefault(s.value().currency(), 0))
                .thenComparingInt(s -> rank(s.value().currency()));
    }

    /** The origins of a side and of every side in another currency that a reference rate makes the same sum. */
    private int pooledOrigins(SlotPicker.Side<Money> side, List<SlotPicker.Side<Money>> sides) {
        List<Assertion> backing = new ArrayList<>(side.sources());
        for (SlotPicker.Side<Money> other : sides) {
            if (other != side && sums.convertible(side.value(), other.value())) {
                backing.addAll(other.sources());
            }
        }
        return origins.count(backing);
    }

    private static int rank(String currency) {
        int at = REFERENCE.indexOf(currency);
        return at < 0 ? REFERENCE.size() : at;
    }
}
