package dev.dossier.nlp.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dossier.model.AnnotatedDocument;
import dev.dossier.model.Document;
import dev.dossier.model.DocumentStatus;
import dev.dossier.model.EntityType;
import dev.dossier.model.Mention;
import dev.dossier.model.MentionKind;
import dev.dossier.model.Metadata;
import dev.dossier.model.MoneyMention;
import dev.dossier.model.TimeMention;
import dev.dossier.nlp.LanguageAnnotator;
import dev.dossier.nlp.lexicon.Tsv;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * re3d entity benchmark: reads {@code input.jsonl} ({"document", "title", "text"} per line) and
 * writes the list of {"document", "begin", "end", "type"} that {@code score_entities.py} reads.
 * Demonyms are left out (re3d scores nationalities apart from places); {@link Re3dScheme} maps the
 * rest onto re3d's annotation scheme.
 */
public final class EntityBench {
    private EntityBench() {}

    public static void predict(Path inputJsonl, Path out) {
        predict(new LanguageAnnotator(), inputJsonl, out);
    }

    public static void predict(LanguageAnnotator annotator, Path inputJsonl, Path out) {
        ObjectMapper json = new ObjectMapper();
        ArrayNode predictions = json.createArrayNode();
        Re3dScheme scheme = new Re3dScheme(Tsv.classpath("/dev/dossier/nlp/bench/re3d-terms.tsv"), Tsv.resource("titles.tsv"));
        try {
            for (String line : Files.readAllLines(inputJsonl, StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode record = json.readTree(line);
                String id = record.path("document").asText();
                Document document = new Document(id, id, Metadata.empty(), record.path("text").asText(),
                        DocumentStatus.OK, Optional.empty());
                write(annotator.annotate(document), predictions, scheme);
            }
            json.writerWithDefaultPrettyPrinter().writeValue(out.toFile(), predictions);
        } catch (IOException e) {
            throw new UncheckedIOException("entity bench on " + inputJsonl + ": " + e.getMessage(), e);
        }
    }

    private static void write(AnnotatedDocument doc, ArrayNode predictions, Re3dScheme scheme) {
        String body = doc.body();
        List<Re3dScheme.Term> found = new ArrayList<>();
        for (Mention mention : doc.mentions()) {
            if (mention.entity().type() == EntityType.PERSON) {
                found.add(scheme.personWithTitle(body, mention));
                continue;
            }
            typeOf(mention).map(type -> scheme.retype(body, mention, type)).ifPresent(
                    type -> found.add(new Re3dScheme.Term(mention.span().start(), mention.span().end(), type)));
        }
        found.addAll(scheme.terms(body, doc.mentions()));
        for (MoneyMention money : doc.money()) {
            found.add(new Re3dScheme.Term(money.span().start(), money.span().end(), "MONEY"));
        }
        for (TimeMention time : doc.times()) {
            found.add(new Re3dScheme.Term(time.span().start(), time.span().end(), "DATE"));
        }
        for (Re3dScheme.Term term : Re3dScheme.outermost(found)) {
            add(predictions, doc.document().id(), term.start(), term.end(), term.type());
        }
    }

    static Optional<String> typeOf(Mention mention) {
        if (mention.kind() == MentionKind.DEMONYM) {
            return Optional.empty();
        }
        EntityType type = mention.entity().type();
        return Optional.ofNullable(switch (type) {
            case PERSON -> "PERSON";
            case ORGANISATION, NEWS_AGENCY -> "ORGANIZATION";
            case COUNTRY, LOCATION -> "LOCATION";
            case WEAPON -> "WEAPON_SYSTEM";
            case OTHER -> null;
        });
    }

    private static void add(ArrayNode predictions, String id, int begin, int end, String type) {
        ObjectNode node = predictions.addObject();
        node.put("document", id);
        node.put("begin", begin);
        node.put("end", end);
        node.put("type", type);
    }

    /** {@code EntityBench INPUT OUT}. */
    public static void main(String[] args) {
        predict(Path.of(args[0]), Path.of(args[1]));
    }
}
