package dev.dossier.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Constructor checks shared by the records: fail fast and name the parameter. */
public final class Checks {
    private Checks() {}

    public static <T> T present(T value, String name) {
        return Objects.requireNonNull(value, () -> name + " must not be null");
    }

    public static String text(String value, String name) {
        present(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value;
    }

    /** An unmodifiable copy that rejects null elements, naming the list. */
    public static <T> List<T> list(List<T> values, String name) {
        present(values, name);
        for (T value : values) {
            present(value, name + " element");
        }
        return List.copyOf(values);
    }

    public static <K, V> Map<K, V> map(Map<K, V> values, String name) {
        present(values, name);
        return Map.copyOf(values);
    }

    public static int nonNegative(int value, String name) {
        if (value < 0) {
            throw new IllegalArgumentException(name + " must not be negative: " + value);
        }
        return value;
    }
}
