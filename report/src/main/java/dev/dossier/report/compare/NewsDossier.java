package dev.dossier.report.compare;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The parts of a published {@code dossier.json} that a comparison reads: deals with their four
 * slots, and events with their quoted sources. Read from the JSON contract of DESIGN.md, not
 * from the records, so that any dossier.json compares (one written by an older version, or by
 * hand); a missing field reads as absent.
 */
public record NewsDossier(List<Deal> deals, List<Event> events) {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    public NewsDossier {
        deals = List.copyOf(deals);
        events = List.copyOf(events);
    }

    /** A quoted source of an event. */
    public record Quote(String document, int start, int end, String quote) {}

    /** One deal slot: its value as dossier.json writes it, the documents and the independent origins behind it. */
    public record Slot(JsonNode value, List<String> sources, OptionalInt independentSources) {
        public Slot {
            sources = List.copyOf(sources);
        }
    }

    /** One deal; {@code events} are the ids it lists (empty when the file does not link them). */
    public record Deal(String id, String supplier, String recipient, String system, String status,
            Map<Field, Slot> slots, List<String> events) {
        public Deal {
            slots = slots.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(slots));
            events = List.copyOf(events);
        }

        public Optional<Slot> slot(Field field) {
            return Optional.ofNullable(slots.get(field));
        }
    }

    /**
     * One event, with the fields a comparison needs; {@code reported} is when it was first reported
     * (dossier.json's field, else the earliest publication date of its sources' documents).
     */
    public record Event(String id, String type, Optional<String> date, Optional<String> reported, String supplier,
            String recipient,
            String system, String status, Optional<String> deal, boolean hasValue, boolean hasQuantity,
            List<Quote> sources) {
        public Event {
            sources = List.copyOf(sources);
        }
    }

    /** Reads {@code DIR/dossier.json}, or the file itself when given one. */
    public static NewsDossier read(Path dirOrFile) throws IOException {
        Path file = Files.isDirectory(dirOrFile) ? dirOrFile.resolve("dossier.json") : dirOrFile;
        if (!Files.isRegularFile(file)) {
            throw new IOException("no dossier.json at " + file);
        }
        return parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
    }

    public static NewsDossier parse(String name, String json) throws IOException {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IOException(name + ": not JSON (line " + e.getLocation().getLineNr() + "): "
                    + e.getOriginalMessage(), e);
        }
        if (root == null || !root.path("deals").isArray()) {
            throw new IOException(name + ": not a dossier.json (it has no \"deals\" list)");
        }
        List<Deal> deals = new ArrayList<>();
        root.path("deals").forEach(d -> deals.add(deal(d)));
        Map<String, String> published = new HashMap<>();
        root.path("documents").forEach(d -> {
            JsonNode date = d.path("published").isObject() ? d.path("published").path("value") : d.path("published");
            if (date.isTextual()) {
                published.put(text(d, "id"), date.asText());
            }
        });
        List<Event> events = new ArrayList<>();
        root.path("events").forEach(e -> events.add(event(e, published)));
        return new NewsDossier(deals, events);
    }

    private static Deal deal(JsonNode d) {
        Map<Field, Slot> slots = new EnumMap<>(Field.class);
        for (Field field : Field.values()) {
            JsonNode slot = d.path(field.key());
            if (slot.isObject() && !slot.path("value").isNull() && !slot.path("value").isMissingNode()) {
                JsonNode count = slot.path("independent_sources");
                slots.put(field, new Slot(slot.get("value"), texts(slot.path("sources")),
                        count.isInt() ? OptionalInt.of(count.asInt()) : OptionalInt.empty()));
            }
        }
        return new Deal(text(d, "id"), text(d, "supplier"), text(d, "recipient"), text(d, "system"),
                text(d, "status"), slots, texts(d.path("events")));
    }

    private static Event event(JsonNode e, Map<String, String> published) {
        List<Quote> quotes = new ArrayList<>();
        e.path("sources").forEach(s -> quotes.add(new Quote(text(s, "document"), s.path("start").asInt(),
                s.path("end").asInt(), text(s, "quote"))));
        Optional<String> reported = optional(e, "reported").or(() -> quotes.stream()
                .map(q -> published.get(q.document())).filter(Objects::nonNull).min(Comparator.naturalOrder()));
        return new Event(text(e, "id"), text(e, "type"), optional(e, "date"), reported, text(e, "supplier"),
                text(e, "recipient"), text(e, "system"), text(e, "status"), optional(e, "deal"),
                e.path("value").isObject(), e.path("quantity").isObject(), quotes);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isValueNode() && !value.isNull() ? value.asText() : "";
    }

    private static Optional<String> optional(JsonNode node, String field) {
        String value = text(node, field);
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> {
            if (v.isValueNode() && !v.isNull()) {
                values.add(v.asText());
            }
        });
        return values;
    }
}
