package dev.dossier.extract.html;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/** The first schema.org article object (NewsArticle, Article, BlogPosting, …) in a page's JSON-LD. */
record JsonLd(Optional<String> headline, Optional<String> published, List<String> authors,
              Optional<String> publisher, Optional<String> articleBody, Optional<String> language, Optional<String> url) {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Pattern ARTICLE = Pattern.compile("(?i).*(article|posting|report|newsarticle).*");

    static JsonLd EMPTY = new JsonLd(Optional.empty(), Optional.empty(), List.of(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty());

    static JsonLd of(Document page) {
        for (Element script : page.getElementsByTag("script")) {
            if (!script.attr("type").strip().equalsIgnoreCase("application/ld+json")) {
                continue;
            }
            try {
                Optional<JsonNode> article = find(MAPPER.readTree(script.data()), 0);
                if (article.isPresent()) {
                    return from(article.get());
                }
            } catch (JsonProcessingException | RuntimeException e) {
                // A broken JSON-LD block is common on real pages; the other metadata still counts.
            }
        }
        return EMPTY;
    }

    private static Optional<JsonNode> find(JsonNode node, int depth) {
        if (node == null || depth > 6) {
            return Optional.empty();
        }
        if (node.isArray()) {
            for (JsonNode child : node) {
                Optional<JsonNode> found = find(child, depth + 1);
                if (found.isPresent()) {
                    return found;
                }
            }
            return Optional.empty();
        }
        if (!node.isObject()) {
            return Optional.empty();
        }
        if (ARTICLE.matcher(node.path("@type").toString()).matches()) {
            return Optional.of(node);
        }
        return find(node.get("@graph"), depth + 1);
    }

    private static JsonLd from(JsonNode a) {
        return new JsonLd(text(a.get("headline")), text(a.get("datePublished")), names(a.get("author")),
                text(a.path("publisher").get("name")), body(a.get("articleBody")), text(a.get("inLanguage")),
                text(a.get("url")));
    }

    private static List<String> names(JsonNode author) {
        List<String> names = new ArrayList<>();
        if (author == null) {
            return names;
        }
        if (author.isArray()) {
            author.forEach(a -> names.addAll(names(a)));
        } else if (author.isObject()) {
            text(author.get("name")).ifPresent(names::add);
        } else {
            text(author).ifPresent(names::add);
        }
        return names;
    }

    /** The articleBody with its paragraph breaks kept. */
    private static Optional<String> body(JsonNode node) {
        if (node == null || !node.isValueNode()) {
            return Optional.empty();
        }
        String s = Parser.unescapeEntities(node.asText(), false).strip();
        return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }

    private static Optional<String> text(JsonNode node) {
        if (node == null || !node.isValueNode()) {
            return Optional.empty();
        }
        // JSON-LD strings often carry HTML entities ("&#8216;") and stray spaces.
        String s = Blocks.squash(Parser.unescapeEntities(node.asText(), false));
        return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }
}
