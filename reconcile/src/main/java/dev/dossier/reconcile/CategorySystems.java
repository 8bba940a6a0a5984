package dev.dossier.reconcile;

import dev.dossier.model.AnnotatedDocument;
import dev.dossier.model.Assertion;
import dev.dossier.model.EntityType;
import dev.dossier.model.EventType;
import dev.dossier.model.Mention;
import dev.dossier.model.Roles;
import dev.dossier.model.SystemCategory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Claims whose article speaks of the system only by its category ("Iran denied supplying drones to
 * Russia", {@link SystemCategory}) take the one system of that category that the other claims about
 * the same parties name: for a transfer, claims with the same seller and buyer (whichever of the two
 * the claim names); for a test or deployment, claims in which its operator is the buyer or the
 * operator. When several systems qualify, the one the most documents claim for those parties (only
 * claims about the same parties count, so that an article about another deal that merely names a
 * system cannot change what a placeholder stands for); on a tie, or when
 * none qualifies, the claim is dropped, so that a placeholder never becomes an event or a deal. A
 * transfer that names both states is matched in either order, and its seller is then the system's
 * country of origin; one that names no seller takes that country.
 */
final class CategorySystems {
    private final Map<String, String> categoryOf = new HashMap<>();
    private final Map<String, String> originOf = new HashMap<>();

    CategorySystems(List<AnnotatedDocument> documents) {
        for (AnnotatedDocument d : documents) {
            for (Mention m : d.mentions()) {
                if (m.entity().type() == EntityType.WEAPON) {
                    String name = m.entity().name();
                    m.entity().attribute("category").ifPresent(c -> categoryOf.putIfAbsent(name, c));
                    m.entity().attribute("country").ifPresent(c -> originOf.putIfAbsent(name, c));
                }
            }
        }
    }

    /** Every claim, with each placeholder system replaced by the system it stands for, or left out. */
    List<Assertion> resolve(List<Assertion> assertions) {
        if (assertions.stream().noneMatch(CategorySystems::placeholder)) {
            return assertions;
        }
        Map<String, Map<String, Set<String>>> systemsByParty = systemsByParty(assertions);
        List<Assertion> out = new ArrayList<>();
        for (Assertion a : assertions) {
            if (!placeholder(a)) {
                out.add(a);
                continue;
            }
            systemFor(a, systemsByParty).ifPresent(s -> out.add(withSystem(a, s)));
        }
        return out;
    }

    static boolean placeholder(Assertion a) {
        return a.roles().system().map(SystemCategory::isPlaceholder).orElse(false);
    }

    /**
     * For each party key (see {@link #keys}), the systems named by claims with those parties, each
     * with the documents of those claims.
     */
    private static Map<String, Map<String, Set<String>>> systemsByParty(List<Assertion> assertions) {
        Map<String, Map<String, Set<String>>> out = new HashMap<>();
        for (Assertion a : assertions) {
            Optional<String> system = a.roles().system().filter(s -> !SystemCategory.isPlaceholder(s));
            if (system.isEmpty()) {
                continue;
            }
            for (String key : namedKeys(a)) {
                out.computeIfAbsent(key, k -> new HashMap<>()).computeIfAbsent(system.get(), k -> new HashSet<>())
                        .add(a.evidence().document());
            }
        }
        return out;
    }

    /** The keys a claim naming its system is found under: seller+buyer (also unordered), seller, buyer, operator. */
    static List<String> namedKeys(Assertion a) {
        Roles r = a.roles();
        List<String> keys = new ArrayList<>();
        if (a.type().isTransfer() && r.supplier().isPresent() && r.recipient().isPresent()) {
            keys.add("S" + r.supplier().get() + "|R" + r.recipient().get());
            keys.add(pair(r.supplier().get(), r.recipient().get()));
            keys.add("S" + r.supplier().get() + "|R");
            keys.add("S|R" + r.recipient().get());
            keys.add("O" + r.recipient().get());
        }
        if (operated(a.type()) && r.actor().isPresent()) {
            keys.add("O" + r.actor().get());
        }
        return keys;
    }

    /** The key a placeholder claim looks its system up under, if its parties allow one. */
    static Optional<String> key(Assertion a) {
        Roles r = a.roles();
        if (a.type().isTransfer() && r.supplier().isPresent() && r.recipient().isPresent()) {
            return Optional.of(pair(r.supplier().get(), r.recipient().get()));
        }
        if (a.type().isTransfer() && (r.supplier().isPresent() || r.recipient().isPresent())) {
            return Optional.of("S" + r.supplier().orElse("") + "|R" + r.recipient().orElse(""));
        }
        if (operated(a.type())) {
            return r.actor().map(x -> "O" + x);
        }
        return Optional.empty();
    }

    /**
     * Two parties in either order: a sentence's cue for who sells may mislead ("X reached an
     * agreement with Y" names the seller first or second), the system's maker settles it.
     */
    private static String pair(String one, String other) {
        return one.compareTo(other) <= 0 ? "P" + one + "|" + other : "P" + other + "|" + one;
    }

    private static boolean operated(EventType type) {
        return type == EventType.TEST || type == EventType.DEPLOYMENT;
    }

    private Optional<String> systemFor(Assertion a, Map<String, Map<String, Set<String>>> systemsByParty) {
        SystemCategory category = SystemCategory.of(a.roles().system().get()).orElseThrow();
        Map<String, Set<String>> named = key(a).map(k -> systemsByParty.getOrDefault(k, Map.of())).orElse(Map.of());
        Map<String, Integer> documents = new TreeMap<>();
        named.forEach((s, claimedIn) -> {
            // a system no mention gives a category (named only in a claim) is of no category
            if (categoryOf.containsKey(s) && category.categories().contains(categoryOf.get(s))) {
                documents.put(s, claimedIn.size());
            }
        });
        List<Map.Entry<String, Integer>> ranked = documents.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())).toList();
        if (ranked.isEmpty() || ranked.size() > 1 && ranked.get(0).getValue().equals(ranked.get(1).getValue())) {
            return Optional.empty();
        }
        return Optional.of(ranked.get(0).getKey());
    }

    private Assertion withSystem(Assertion a, String system) {
        Roles r = a.roles().withSystem(system);
        Optional<String> origin = Optional.ofNullable(originOf.get(system));
        if (a.type().isTransfer() && r.supplier().isEmpty() && origin.isPresent() && !origin.equals(r.recipient())) {
            r = r.withSupplier(origin.get());
        }
        if (a.type().isTransfer() && origin.isPresent() && r.recipient().equals(origin) && r.supplier().isPresent()) {
            r = r.withRecipient(r.supplier().get()).withSupplier(origin.get()); // the maker is the seller
        }
        return new Assertion(a.id(), a.type(), r, a.date(), a.dateNote(), a.quantity(), a.value(), a.status(),
                a.batch(), a.evidence());
    }
}
