package dev.dossier.model;

import java.util.List;
import java.util.Map;

/**
 * A named thing with a canonical id and English name ({@code "Turkey"}, {@code "S-400"}).
 * {@code attributes} holds typed facts from the lexicons with stable keys, such as
 * {@code iso2}, {@code wikidata}, {@code country} (a weapon's or organisation's country),
 * {@code category} (a weapon's category) or {@code role} (a person's title).
 */
public record Entity(String id, String name, EntityType type, List<String> aliases, Map<String, String> attributes) {
    public Entity {
        Checks.text(id, "id");
        Checks.text(name, "name");
        Checks.present(type, "type");
        aliases = Checks.list(aliases, "aliases");
        attributes = Checks.map(attributes, "attributes");
    }

    public Entity(String id, String name, EntityType type) {
        this(id, name, type, List.of(), Map.of());
    }

    public java.util.Optional<String> attribute(String key) {
        return java.util.Optional.ofNullable(attributes.get(key));
    }
}
