package dev.dossier.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import dev.dossier.pipeline.DocumentResult;
import java.io.UncheckedIOException;

/**
 * Per-document results as JSON text, the form in which they travel from executors to the
 * driver: the model's records hold {@code Optional}s, which neither Java serialisation nor
 * Kryo can carry, while Jackson reads records through their canonical constructors, so every
 * record's validation runs again on arrival.
 */
public final class DocumentResultJson {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new Jdk8Module())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private DocumentResultJson() {}

    public static String write(DocumentResult result) {
        try {
            return MAPPER.writeValueAsString(result);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot encode the result of "
                    + result.annotated().document().source(), e);
        }
    }

    public static DocumentResult read(String json) {
        try {
            return MAPPER.readValue(json, DocumentResult.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot decode a document result: " + e.getOriginalMessage(), e);
        }
    }
}
