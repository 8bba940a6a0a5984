package dev.dossier.model;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A weapon system known only by its category: an article that says "the drones" or "these
 * missiles" and names no designation of that category anywhere. The assertion layer writes it in
 * {@link Roles#system()} as a placeholder ({@code category:drone+loitering-munition}); the
 * reconciler replaces it with the one system of those categories that the other claims about the
 * same parties name, or drops the claim. A placeholder never reaches a published event or deal.
 *
 * @param categories the weapon-lexicon categories the noun may stand for ("drone", "tank"), not empty
 */
public record SystemCategory(Set<String> categories) {
    private static final String PREFIX = "category:";

    public SystemCategory {
        Checks.present(categories, "categories");
        if (categories.isEmpty() || categories.stream().anyMatch(c -> c.isBlank() || c.contains("+"))) {
            throw new IllegalArgumentException("categories: want non-blank names without '+', got " + categories);
        }
        categories = Set.copyOf(categories);
    }

    /** The placeholder written as a system name; the same for the same categories in any order. */
    public String placeholder() {
        return PREFIX + String.join("+", new TreeSet<>(categories));
    }

    /** The categories a placeholder system name stands for; empty for a real designation. */
    public static Optional<SystemCategory> of(String system) {
        if (system == null || !system.startsWith(PREFIX) || system.length() == PREFIX.length()) {
            return Optional.empty();
        }
        return Optional.of(new SystemCategory(Set.copyOf(Arrays.asList(system.substring(PREFIX.length()).split("\\+")))));
    }

    /** True when {@code system} is a placeholder, not a designation. */
    public static boolean isPlaceholder(String system) {
        return of(system).isPresent();
    }
}
