package dev.dossier.store.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import dev.dossier.model.PartialDate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * The one JSON shape of the model records, used to persist them and to serve them: snake_case
 * names, enums in lower case ({@code "delivery"}), partial dates as ISO strings at their
 * precision ({@code "2019-07"}), instants as ISO 8601 in UTC, an empty {@code Optional} as {@code null}, map keys sorted.
 * Reading what it writes gives equal records back.
 *
 * <p>A codec of the records' own shape, not the published {@code dossier.json} contract (that
 * is the report's {@code DossierJsonWriter}, a hand-built view for readers); the REST API
 * serves this shape, and its OpenAPI document describes it.
 */
public final class RecordJson {
    private static final ObjectMapper MAPPER = build();

    private RecordJson() {}

    /** A shared, thread-safe mapper; do not reconfigure it. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    public static <T> T read(String json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + type.getSimpleName() + " from stored JSON", e);
        }
    }

    private static ObjectMapper build() {
        SimpleModule module = new SimpleModule("dossier");
        module.setDeserializers(new LowerCaseEnumDeserializers());
        module.addDeserializer(PartialDate.class, new PartialDateDeserializer());
        module.addSerializer(PartialDate.class, new PartialDateSerializer());
        module.addSerializer(Enum.class, new LowerCaseEnumSerializer());
        module.addSerializer(java.time.Instant.class, com.fasterxml.jackson.databind.ser.std.ToStringSerializer.instance);
        module.addDeserializer(java.time.Instant.class, new InstantDeserializer());
        return JsonMapper.builder()
                .addModule(new Jdk8Module())
                .addModule(module)
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                .build();
    }

    private static final class PartialDateSerializer extends StdSerializer<PartialDate> {
        PartialDateSerializer() {
            super(PartialDate.class);
        }

        @Override
        public void serialize(PartialDate date, JsonGenerator out, SerializerProvider provider) throws IOException {
            out.writeString(date.iso());
        }
    }

    private static final class PartialDateDeserializer extends JsonDeserializer<PartialDate> {
        @Override
        public PartialDate deserialize(JsonParser in, DeserializationContext context) throws IOException {
            try {
                return PartialDate.parse(in.getValueAsString());
            } catch (IllegalArgumentException e) {
                return (PartialDate) context.handleWeirdStringValue(PartialDate.class, in.getValueAsString(),
                        e.getMessage());
            }
        }
    }

    /** An instant as ISO 8601 in UTC ({@code "2026-12-01T09:00:00Z"}). */
    private static final class InstantDeserializer extends JsonDeserializer<java.time.Instant> {
        @Override
        public java.time.Instant deserialize(JsonParser in, DeserializationContext context) throws IOException {
            try {
                return java.time.Instant.parse(in.getValueAsString());
            } catch (java.time.format.DateTimeParseException e) {
                return (java.time.Instant) context.handleWeirdStringValue(java.time.Instant.class,
                        in.getValueAsString(), e.getMessage());
            }
        }
    }

    /** {@code PROGRAM_EXCLUSION} → {@code "program_exclusion"}, in {@link Locale#ROOT} (not Jackson's default). */
    @SuppressWarnings("rawtypes")
    private static final class LowerCaseEnumSerializer extends StdSerializer<Enum> {
        LowerCaseEnumSerializer() {
            super(Enum.class);
        }

        @Override
        public void serialize(Enum value, JsonGenerator out, SerializerProvider provider) throws IOException {
            out.writeString(value.name().toLowerCase(Locale.ROOT));
        }
    }

    private static final class LowerCaseEnumDeserializers extends SimpleDeserializers {
        private static final long serialVersionUID = 1L;

        @Override
        public JsonDeserializer<?> findEnumDeserializer(Class<?> type, DeserializationConfig config,
                BeanDescription description) {
            return new LowerCaseEnumDeserializer(type);
        }
    }

    private static final class LowerCaseEnumDeserializer extends JsonDeserializer<Object> {
        private final Class<?> type;

        LowerCaseEnumDeserializer(Class<?> type) {
            this.type = type;
        }

        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        public Object deserialize(JsonParser in, DeserializationContext context) throws IOException {
            String text = in.getValueAsString();
            try {
                return Enum.valueOf((Class) type, text.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException | NullPointerException e) {
                return context.handleWeirdStringValue(type, text, "not one of " + type.getSimpleName() + "'s values");
            }
        }
    }

    /** The type of a generic model value, for callers that read lists. */
    public static JavaType listOf(Class<?> element) {
        return MAPPER.getTypeFactory().constructCollectionType(java.util.List.class, element);
    }
}
