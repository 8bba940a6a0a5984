package dev.dossier.nlp.lexicon;

import dev.dossier.model.Entity;
import dev.dossier.model.EntityType;
import dev.dossier.model.MentionKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The entity lexicons: countries, organisations and weapon systems from
 * {@code countries.tsv} (with the other languages' names of {@code country-names.tsv}), {@code organisations.tsv}
 * and {@code weapons.tsv}. Ids are stable:
 * {@code country:TR}, {@code org:rosoboronexport}, {@code weapon:s-400}. Immutable; thread-safe.
 * An alias written with a leading {@code ~} is weak (an ordinary word too, see {@link Alias}).
 */
public final class Lexicon {
    private final Map<String, Entity> byId = new HashMap<>();
    private final Map<String, Entity> countriesByIso2 = new HashMap<>();
    private final List<Alias> aliases = new ArrayList<>();
    private final Gazetteer gazetteer;

    private Lexicon(Tsv countries, Tsv organisations, Tsv weapons, Tsv places, Tsv people,
            Optional<Tsv> countryNames) {
        countries.rows().forEach(this::addCountry);
        countryNames.ifPresent(names -> names.rows().forEach(this::addCountryNames));
        organisations.rows().forEach(this::addOrganisation);
        weapons.rows().forEach(this::addWeapon);
        places.rows().forEach(this::addPlace);
        people.rows().forEach(this::addPerson);
        gazetteer = Gazetteer.of(aliases);
    }

    public static Lexicon standard() {
        return new Lexicon(Tsv.resource("countries.tsv"), Tsv.resource("organisations.tsv"),
                Tsv.resource("weapons.tsv"), Tsv.resource("places.tsv"), Tsv.resource("people.tsv"),
                Optional.of(Tsv.resource("country-names.tsv")));
    }

    public static Lexicon of(Tsv countries, Tsv organisations, Tsv weapons, Tsv places, Tsv people) {
        return new Lexicon(countries, organisations, weapons, places, people, Optional.empty());
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    public Optional<Entity> entity(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Optional<Entity> countryByIso2(String iso2) {
        return Optional.ofNullable(countriesByIso2.get(iso2));
    }

    public List<Entity> entities() {
        return List.copyOf(byId.values());
    }

    private void addCountry(Tsv.Row row) {
        String iso2 = row.get("iso2");
        Map<String, String> attributes = new HashMap<>();
        attributes.put("iso2", iso2);
        putIfPresent(attributes, "iso3", row.get("iso3"));
        putIfPresent(attributes, "wikidata", row.get("wikidata"));
        Entity entity = register(new Entity("country:" + iso2, row.get("name"), EntityType.COUNTRY,
                displayAliases(row, "aliases", "metonyms", "codes"), attributes));
        countriesByIso2.put(iso2, entity);
        addAliases(entity, List.of(row.get("name")), MentionKind.NAME, false);
        addAliases(entity, row.list("aliases"), MentionKind.NAME, false);
        addAliases(entity, row.list("demonyms"), MentionKind.DEMONYM, false);
        addAliases(entity, row.list("metonyms"), MentionKind.METONYM, false);
        addAliases(entity, row.list("codes"), MentionKind.CODE, false);
    }

    /**
     * A state's names in one more language ({@code country-names.tsv}): names, demonyms and capitals
     * (as metonyms) of a country that {@code countries.tsv} already lists.
     */
    private void addCountryNames(Tsv.Row row) {
        Entity entity = countriesByIso2.get(row.get("iso2"));
        if (entity == null) {
            throw new IllegalStateException("country-names.tsv: unknown country code " + row.get("iso2"));
        }
        addAliases(entity, row.list("names"), MentionKind.NAME, false);
        addAliases(entity, row.list("demonyms"), MentionKind.DEMONYM, false);
        addAliases(entity, row.list("capitals"), MentionKind.METONYM, false);
    }

    private void addOrganisation(Tsv.Row row) {
        EntityType type = "NEWS_AGENCY".equals(row.get("type")) ? EntityType.NEWS_AGENCY : EntityType.ORGANISATION;
        Map<String, String> attributes = new HashMap<>();
        putCountry(attributes, row.get("country"));
        putIfPresent(attributes, "kind", row.get("kind"));
        Entity entity = register(new Entity("org:" + row.get("id"), row.get("name"), type,
                displayAliases(row, "aliases", "codes"), attributes));
        addAliases(entity, List.of(row.get("name")), MentionKind.NAME, false);
        addAliases(entity, row.list("aliases"), MentionKind.NAME, false);
        addAliases(entity, row.list("codes"), MentionKind.CODE, false);
    }

    private void addWeapon(Tsv.Row row) {
        Map<String, String> attributes = new HashMap<>();
        putCountry(attributes, row.get("country"));
        putIfPresent(attributes, "category", row.get("category"));
        putIfPresent(attributes, "nato", String.join("|", row.list("nato")));
        String name = stripWeak(row.get("name"));
        Entity entity = register(new Entity("weapon:" + slug(name), name, EntityType.WEAPON,
                displayAliases(row, "aliases", "nato"), attributes));
        addAliases(entity, designationVariants(row.get("name")), MentionKind.NAME, true);
        for (String alias : row.list("aliases")) {
            addAliases(entity, designationVariants(alias), MentionKind.NAME, true);
        }
        addAliases(entity, row.list("nato"), MentionKind.NAME, true);
    }

    /** A stable id part: folded, lower case, runs of other characters as one hyphen ("S-400" → "s-400"). */
    public static String slug(String name) {
        return dev.dossier.nlp.text.Fold.fold(name).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    private static String stripWeak(String surface) {
        return surface.startsWith("~") ? surface.substring(1) : surface;
    }

    private void addPlace(Tsv.Row row) {
        Map<String, String> attributes = new HashMap<>();
        putCountry(attributes, row.get("country"));
        Entity entity = register(new Entity("location:" + slug(row.get("name")), row.get("name"), EntityType.LOCATION,
                displayAliases(row, "aliases"), attributes));
        addAliases(entity, List.of(row.get("name")), MentionKind.NAME, false);
        addAliases(entity, row.list("aliases"), MentionKind.NAME, false);
    }

    /** Well-known people; their surnames alone are {@link MentionKind#SHORT} mentions. */
    private void addPerson(Tsv.Row row) {
        Map<String, String> attributes = new HashMap<>();
        putCountry(attributes, row.get("country"));
        putIfPresent(attributes, "role", row.get("role"));
        Entity entity = register(new Entity("person:" + slug(row.get("name")), row.get("name"), EntityType.PERSON,
                displayAliases(row, "aliases"), attributes));
        addAliases(entity, List.of(row.get("name")), MentionKind.NAME, false);
        for (String alias : row.list("aliases")) {
            addAliases(entity, List.of(alias), alias.contains(" ") ? MentionKind.NAME : MentionKind.SHORT, false);
        }
    }

    private Entity register(Entity entity) {
        Entity previous = byId.putIfAbsent(entity.id(), entity);
        if (previous != null) {
            throw new IllegalStateException("duplicate lexicon id " + entity.id());
        }
        return entity;
    }

    private void addAliases(Entity entity, List<String> surfaces, MentionKind kind, boolean weapon) {
        for (String raw : surfaces) {
            boolean weak = raw.startsWith("~");
            String surface = weak ? raw.substring(1) : raw;
            CaseRule rule = CaseRule.of(surface);
            aliases.add(new Alias(surface, entity, kind, rule, weak, weapon));
        }
    }

    /** "S-400" also as "S400" and "S 400"; "Su-35" also as "Su35". */
    static List<String> designationVariants(String surface) {
        Set<String> variants = new LinkedHashSet<>();
        variants.add(surface);
        String bare = surface.startsWith("~") ? surface.substring(1) : surface;
        String prefix = surface.startsWith("~") ? "~" : "";
        if (bare.matches("[A-Za-z]{1,4}-\\d.*")) {
            variants.add(prefix + bare.replaceFirst("-", ""));
            variants.add(prefix + bare.replaceFirst("-", " "));
        }
        return List.copyOf(variants);
    }

    private void putCountry(Map<String, String> attributes, String iso2) {
        if (iso2.isEmpty()) {
            return;
        }
        Entity country = countriesByIso2.get(iso2);
        if (country == null) {
            throw new IllegalStateException("unknown country code in lexicon: " + iso2);
        }
        attributes.put("country", country.name());
        attributes.put("country_id", country.id());
    }

    private static void putIfPresent(Map<String, String> attributes, String key, String value) {
        if (!value.isEmpty()) {
            attributes.put(key, value);
        }
    }

    private static List<String> displayAliases(Tsv.Row row, String... columns) {
        Set<String> all = new LinkedHashSet<>();
        for (String column : columns) {
            for (String value : row.list(column)) {
                all.add(value.startsWith("~") ? value.substring(1) : value);
            }
        }
        all.remove(stripWeak(row.get("name")));
        return List.copyOf(all);
    }
}
