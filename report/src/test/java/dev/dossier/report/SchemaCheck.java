package dev.dossier.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** Checks a dossier.json text against the schema kept in the repository. */
final class SchemaCheck {
    private static final JsonSchema SCHEMA = load();

    private SchemaCheck() {}

    /** The schema's complaints, one line each; empty when the text is valid. */
    static List<String> errors(String json) {
        try {
            JsonNode node = new ObjectMapper().readTree(json);
            return SCHEMA.validate(node).stream().map(ValidationMessage::toString).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonSchema load() {
        try (InputStream in = DossierJsonWriter.class.getResourceAsStream("dossier.schema.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
