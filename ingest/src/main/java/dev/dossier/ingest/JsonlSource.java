package dev.dossier.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dossier.model.ContentKind;
import dev.dossier.model.DateBasis;
import dev.dossier.model.Metadata;
import dev.dossier.model.PartialDate;
import dev.dossier.model.PublicationDate;
import dev.dossier.model.RawDocument;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * JSON Lines: one object per line with {@code text} or {@code html} and optional metadata
 * ({@code url}, {@code title}, {@code outlet}, {@code author}, {@code published}, {@code language}).
 * Line N is document {@code path#N}; blank lines are passed over; a line that is not such an
 * object gives a failed document with its line number.
 */
final class JsonlSource {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Pattern ISO_DATE = Pattern.compile("^((?:19|20)\\d\\d)(?:-(\\d\\d)(?:-(\\d\\d))?)?(?:[T ].*)?$");

    private JsonlSource() {}

    static void read(byte[] bytes, String source, Consumer<RawDocument> sink) {
        String[] lines = new String(bytes, StandardCharsets.UTF_8).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                sink.accept(record(lines[i], source + "#" + (i + 1)));
            }
        }
    }

    private static RawDocument record(String line, String source) {
        JsonNode node;
        try {
            node = MAPPER.readTree(line);
        } catch (JsonProcessingException e) {
            return Problems.failed(source, "not JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            return Problems.failed(source, "not a JSON object");
        }
        boolean html = node.hasNonNull("html");
        String content = html ? node.get("html").asText() : node.path("text").asText(null);
        if (content == null) {
            return Problems.skipped(source, "no \"text\" or \"html\" field");
        }
        return new RawDocument(source, html ? ContentKind.HTML : ContentKind.TEXT,
                content.getBytes(StandardCharsets.UTF_8), Optional.of("UTF-8"), metadata(node), Optional.empty());
    }

    static Metadata metadata(JsonNode node) {
        return Metadata.empty()
                .withUrl(text(node, "url", "link").orElse(null))
                .withTitle(text(node, "title", "headline").orElse(null))
                .withOutlet(text(node, "outlet", "source", "site").orElse(null))
                .withAuthor(text(node, "author", "byline").orElse(null))
                .withLanguage(text(node, "language", "lang").map(l -> l.toLowerCase(Locale.ROOT)).orElse(null))
                .withPublished(text(node, "published", "date").flatMap(JsonlSource::date)
                        .map(d -> new PublicationDate(d, DateBasis.METADATA)).orElse(null));
    }

    private static Optional<String> text(JsonNode node, String... keys) {
        for (String key : keys) {
            JsonNode value = node.get(key);
            if (value != null && value.isValueNode() && !value.asText().isBlank()) {
                return Optional.of(value.asText().strip());
            }
        }
        return Optional.empty();
    }

    static Optional<PartialDate> date(String value) {
        Matcher m = ISO_DATE.matcher(value.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new PartialDate(Integer.parseInt(m.group(1)),
                    m.group(2) == null ? 0 : Integer.parseInt(m.group(2)), m.group(3) == null ? 0 : Integer.parseInt(m.group(3))));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
