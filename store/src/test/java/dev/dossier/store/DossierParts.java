package dev.dossier.store;

import dev.dossier.model.Dossier;
import dev.dossier.model.Grouping;
import dev.dossier.store.changes.Digest;
import dev.dossier.store.changes.DigestDelta;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * A dossier cut by deal key, as the incremental add sees it: the parts of some deal keys (the
 * deals, their events and contradictions; "" stands for events and contradictions of no deal),
 * and the keys whose parts differ between two dossiers.
 */
final class DossierParts {
    static final String NO_DEAL = "";

    private DossierParts() {}

    /** The deal keys of {@code dossier}, in order. */
    static Set<String> keys(Dossier dossier) {
        Set<String> keys = new TreeSet<>();
        Digest.of(dossier).deals().forEach(d -> keys.add(d.key()));
        return keys;
    }

    /** The parts of {@code dossier} under {@code keys}. */
    static Dossier only(Dossier dossier, Set<String> keys) {
        return cut(dossier, keys::contains);
    }

    /** The parts of {@code dossier} under any key but {@code keys}. */
    static Dossier without(Dossier dossier, Set<String> keys) {
        return cut(dossier, k -> !keys.contains(k));
    }

    /** The keys whose deals, events or contradictions differ between the two dossiers. */
    static Set<String> touched(Dossier before, Dossier after) {
        Map<String, List<Object>> was = byKey(Digest.of(before));
        Map<String, List<Object>> now = byKey(Digest.of(after));
        Set<String> keys = new TreeSet<>(was.keySet());
        keys.addAll(now.keySet());
        keys.removeIf(k -> Objects.equals(was.get(k), now.get(k)));
        return keys;
    }

    /** The delta an incremental add would log: the digests of the old and the new parts of the touched keys. */
    static DigestDelta delta(Optional<Dossier> before, Dossier after) {
        if (before.isEmpty()) {
            return DigestDelta.of(Digest.EMPTY, Digest.of(after));
        }
        Set<String> touched = touched(before.get(), after);
        return DigestDelta.of(Digest.of(only(before.get(), touched)), Digest.of(only(after, touched)));
    }

    private static Dossier cut(Dossier dossier, Predicate<String> keep) {
        Map<String, String> keyOf = new HashMap<>();
        Digest.of(dossier).deals().forEach(d -> keyOf.put(d.id(), d.key()));
        Predicate<Optional<String>> kept = deal -> keep.test(deal.map(keyOf::get).orElse(NO_DEAL));
        return new Dossier(List.of(), new Grouping(List.of()), List.of(),
                dossier.events().stream().filter(e -> kept.test(e.deal())).toList(),
                dossier.deals().stream().filter(d -> keep.test(keyOf.get(d.id()))).toList(),
                dossier.contradictions().stream().filter(c -> kept.test(c.deal())).toList(),
                List.of(), List.of());
    }

    private static Map<String, List<Object>> byKey(Digest digest) {
        Map<String, List<Object>> parts = new HashMap<>();
        digest.deals().forEach(d -> parts.computeIfAbsent(d.key(), k -> new ArrayList<>()).add(d));
        digest.events().forEach(e -> parts.computeIfAbsent(e.deal().orElse(NO_DEAL), k -> new ArrayList<>()).add(e));
        digest.contradictions().forEach(c -> parts.computeIfAbsent(c.deal().orElse(NO_DEAL), k -> new ArrayList<>())
                .add(c));
        return parts;
    }
}
