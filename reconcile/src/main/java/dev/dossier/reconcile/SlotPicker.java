package dev.dossier.reconcile;

import dev.dossier.model.Assertion;
import dev.dossier.model.PartialDate;
import dev.dossier.model.Slot;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * Picks a deal slot's value from the claims behind it: claims that agree form one side; the side
 * with the most independent origins wins (ties: the more precise value, then the earlier
 * evidence), after a slot's own preference (a value: {@link CurrencyPreference}). The other
 * sides stay visible as the slot's disagreements.
 */
final class SlotPicker<T> {
    /** One source's claim of a value. */
    record Claim<T>(T value, Assertion source) {}

    /** Claims that agree, the most precise value they give, and their origin count. */
    record Side<T>(T value, List<Claim<T>> claims, int origins) {
        List<String> documents() {
            return claims.stream().map(c -> c.source().evidence().document()).distinct().sorted().toList();
        }

        List<Assertion> sources() {
            return claims.stream().map(Claim::source).toList();
        }

        /** The sentences that state this side's value, once each, by document and position. */
        List<dev.dossier.model.Evidence> evidence() {
            Map<String, dev.dossier.model.Evidence> unique = new java.util.TreeMap<>();
            for (Claim<T> c : claims) {
                dev.dossier.model.Evidence e = c.source().evidence();
                unique.putIfAbsent(String.format(java.util.Locale.ROOT, "%s@%010d-%010d", e.document(),
                        e.span().start(), e.span().end()), e);
            }
            return List.copyOf(unique.values());
        }
    }

    /** The chosen side first, then every side that disagrees with it. */
    record Pick<T>(Slot<T> slot, List<Side<T>> sides) {
        boolean contested() {
            return sides.size() > 1;
        }
    }

    private final BiPredicate<T, T> agree;
    private final BiPredicate<T, T> compatible;
    private final ToIntFunction<T> precision;
    private final Origins origins;
    private final Map<String, Optional<PartialDate>> published;
    private final Function<List<Side<T>>, Comparator<Side<T>>> preference;

    SlotPicker(BiPredicate<T, T> agree, ToIntFunction<T> precision, Origins origins,
            Map<String, Optional<PartialDate>> published) {
        this(agree, agree, precision, origins, published);
    }

    SlotPicker(BiPredicate<T, T> agree, BiPredicate<T, T> compatible, ToIntFunction<T> precision, Origins origins,
            Map<String, Optional<PartialDate>> published) {
        this(agree, compatible, precision, origins, published, sides -> (a, b) -> 0);
    }

    /**
     * {@code agree}: two claims back one value (one side); {@code compatible}: a side that does not
     * agree with the chosen one may still not contradict it (a figure in another currency that a
     * conversion could explain), so it is not shown as a disagreement; {@code preference}, given
     * every side of the slot, orders them before their origins and precision are compared (values
     * in different currencies: {@link CurrencyPreference}).
     */
    SlotPicker(BiPredicate<T, T> agree, BiPredicate<T, T> compatible, ToIntFunction<T> precision, Origins origins,
            Map<String, Optional<PartialDate>> published, Function<List<Side<T>>, Comparator<Side<T>>> preference) {
        this.preference = preference;
        this.agree = agree;
        this.compatible = compatible;
        this.precision = precision;
        this.origins = origins;
        this.published = published;
    }

    Optional<Pick<T>> pick(List<Claim<T>> claims) {
        if (claims.isEmpty()) {
            return Optional.empty();
        }
        List<Side<T>> sides = sides(claims);
        sides.sort(preference.apply(sides).thenComparingInt((Side<T> s) -> -s.origins())
                .thenComparingInt(s -> -precision.applyAsInt(s.value()))
                .thenComparing(this::earliestEvidence));
        Side<T> best = sides.get(0);
        List<Side<T>> shown = new ArrayList<>();
        shown.add(best);
        sides.stream().skip(1).filter(s -> !compatible.test(s.value(), best.value())).forEach(shown::add);
        Slot<T> slot = new Slot<>(best.value(), best.documents(), best.origins(), shown.size() > 1, best.evidence());
        return Optional.of(new Pick<>(slot, shown));
    }

    /** Most precise claims first; each claim joins the first side whose every claim it agrees with. */
    private List<Side<T>> sides(List<Claim<T>> claims) {
        List<Claim<T>> ordered = new ArrayList<>(claims);
        ordered.sort(Comparator.comparingInt((Claim<T> c) -> -precision.applyAsInt(c.value()))
                .thenComparing(c -> c.source().evidence().document())
                .thenComparing(c -> c.source().evidence().span()));
        List<List<Claim<T>>> groups = new ArrayList<>();
        for (Claim<T> c : ordered) {
            Optional<List<Claim<T>>> home = groups.stream()
                    .filter(g -> g.stream().allMatch(o -> agree.test(o.value(), c.value()))).findFirst();
            if (home.isPresent()) {
                home.get().add(c);
            } else {
                groups.add(new ArrayList<>(List.of(c)));
            }
        }
        List<Side<T>> sides = new ArrayList<>();
        for (List<Claim<T>> g : groups) {
            int count = origins.count(g.stream().map(Claim::source).toList());
            sides.add(new Side<>(g.get(0).value(), List.copyOf(g), count));
        }
        return sides;
    }

    private String earliestEvidence(Side<T> side) {
        return side.claims().stream()
                .map(c -> published.getOrDefault(c.source().evidence().document(), Optional.empty())
                .map(PartialDate::iso).orElse("9999") + "|" + c.source().evidence().document())
                .min(Comparator.naturalOrder()).orElse("");
    }
}
