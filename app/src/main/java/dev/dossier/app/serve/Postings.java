package dev.dossier.app.serve;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dossier.app.serve.ApiException.Problem;
import dev.dossier.model.ContentKind;
import dev.dossier.model.DateBasis;
import dev.dossier.model.Metadata;
import dev.dossier.model.PartialDate;
import dev.dossier.model.PublicationDate;
import dev.dossier.model.RawDocument;
import dev.dossier.store.json.RecordJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads posted articles into raw documents. {@code text/plain} and {@code text/html} bodies are
 * one article each; {@code application/json} is one article object, an array of them, or
 * {@code {"articles":[…]}}, each with {@code text} or {@code html} and optional {@code source},
 * {@code url}, {@code title}, {@code outlet}, {@code author}, {@code published} (ISO date) and
 * {@code language}. A posted article's source is {@code posted/NAME}: the given name, else a
 * digest of its content, so that posting the same article twice adds it once.
 */
final class Postings {
    private Postings() {}

    static List<RawDocument> read(String contentType, byte[] body, int maxArticles) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (type.startsWith("text/plain")) {
            return List.of(raw(Optional.empty(), ContentKind.TEXT, body, Metadata.empty()));
        }
        if (type.startsWith("text/html")) {
            return List.of(raw(Optional.empty(), ContentKind.HTML, body, Metadata.empty()));
        }
        if (type.startsWith("application/json")) {
            return fromJson(body, maxArticles);
        }
        throw new ApiException(415, "unsupported_media_type",
                "post articles as text/plain, text/html or application/json, not '" + contentType + "'");
    }

    private static List<RawDocument> fromJson(byte[] body, int maxArticles) {
        List<JsonNode> items = articleNodes(parse(body));
        if (items.isEmpty() || items.size() > maxArticles) {
            throw new ApiException(400, "invalid_articles", "post 1 to " + maxArticles + " articles, got "
                    + items.size());
        }
        List<Problem> problems = new ArrayList<>();
        List<RawDocument> raws = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            article(items.get(i), "articles[" + i + "]", problems).ifPresent(raws::add);
        }
        if (!problems.isEmpty()) {
            throw new ApiException(400, "invalid_articles", problems.size() + " problem(s) in the posted articles",
                    problems);
        }
        return raws;
    }

    private static JsonNode parse(byte[] body) {
        try {
            return RecordJson.mapper().readTree(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new ApiException(400, "invalid_json", "the body is not JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new ApiException(400, "invalid_json", "the body cannot be read as JSON");
        }
    }

    /** The article nodes of {@code {"articles":[…]}}, of an array, or the one object posted. */
    private static List<JsonNode> articleNodes(JsonNode root) {
        JsonNode articles = root != null && root.has("articles") ? root.get("articles") : root;
        List<JsonNode> items = new ArrayList<>();
        if (articles != null && articles.isArray()) {
            articles.forEach(items::add);
        } else if (articles != null && articles.isObject()) {
            items.add(articles);
        }
        return items;
    }

    private static Optional<RawDocument> article(JsonNode item, String where, List<Problem> problems) {
        if (!item.isObject()) {
            problems.add(new Problem(where, "not_an_object", "each article is a JSON object"));
            return Optional.empty();
        }
        Optional<String> text = string(item, "text");
        Optional<String> html = string(item, "html");
        if (text.isPresent() == html.isPresent()) {
            problems.add(new Problem(where, "text_or_html", "give exactly one of text and html"));
            return Optional.empty();
        }
        ContentKind kind = text.isPresent() ? ContentKind.TEXT : ContentKind.HTML;
        byte[] content = text.or(() -> html).orElseThrow().getBytes(StandardCharsets.UTF_8);
        return metadata(item, where, problems).map(metadata -> raw(string(item, "source"), kind, content, metadata));
    }

    /** The article's optional metadata fields; empty (with a problem noted) when its date is not one. */
    private static Optional<Metadata> metadata(JsonNode item, String where, List<Problem> problems) {
        Metadata metadata = Metadata.empty();
        metadata = string(item, "url").map(metadata::withUrl).orElse(metadata);
        metadata = string(item, "title").map(metadata::withTitle).orElse(metadata);
        metadata = string(item, "outlet").map(metadata::withOutlet).orElse(metadata);
        metadata = string(item, "author").map(metadata::withAuthor).orElse(metadata);
        metadata = string(item, "language").map(metadata::withLanguage).orElse(metadata);
        Optional<String> published = string(item, "published");
        if (published.isEmpty()) {
            return Optional.of(metadata);
        }
        try {
            return Optional.of(metadata.withPublished(new PublicationDate(PartialDate.parse(published.get()),
                    DateBasis.METADATA)));
        } catch (IllegalArgumentException e) {
            problems.add(new Problem(where + ".published", "not_a_date", e.getMessage()));
            return Optional.empty();
        }
    }

    private static RawDocument raw(Optional<String> name, ContentKind kind, byte[] content, Metadata metadata) {
        String extension = kind == ContentKind.HTML ? ".html" : ".txt";
        String source = "posted/" + name.map(Postings::safeName).orElseGet(() -> digest(content) + extension);
        return new RawDocument(source, kind, content, Optional.of("UTF-8"), metadata, Optional.empty());
    }

    /** Letters, digits, dot, dash, underscore and slash; at most 200 characters; no "..". */
    static String safeName(String name) {
        String safe = name.replaceAll("[^A-Za-z0-9._/-]", "_").replace("..", "_");
        safe = safe.replaceAll("^/+", "");
        return safe.isEmpty() ? "_" : safe.substring(0, Math.min(200, safe.length()));
    }

    private static Optional<String> string(JsonNode item, String field) {
        JsonNode value = item.get(field);
        return value == null || !value.isTextual() || value.asText().isBlank() ? Optional.empty()
                : Optional.of(value.asText());
    }

    private static String digest(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
