package dev.dossier.nlp.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dossier.model.PartialDate;
import dev.dossier.model.TimeMention;
import dev.dossier.nlp.time.RuleTimeTagger;
import dev.dossier.nlp.time.TimeTagger;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * TempEval-3 Task A: reads {@code input.jsonl} (one {"file", "dct", "text"} per document, no
 * annotations) and writes the predictions {@code score_timex.py} reads:
 * {@code {"file.tml": [{"start", "end", "value", "type"}, ...]}}.
 */
public final class TimexBench {
    private static final ObjectMapper JSON = new ObjectMapper();

    private TimexBench() {}

    /** Tags every document of {@code inputJsonl} against its document date and writes {@code out}. */
    public static void predict(Path inputJsonl, Path out) throws IOException {
        predict(inputJsonl, out, new RuleTimeTagger());
    }

    static void predict(Path inputJsonl, Path out, TimeTagger tagger) throws IOException {
        ObjectNode predictions = JSON.createObjectNode();
        try (BufferedReader reader = Files.newBufferedReader(inputJsonl, StandardCharsets.UTF_8)) {
            String line;
            int lineNumber = 0;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                if (!line.isBlank()) {
                    JsonNode doc = readLine(line, inputJsonl, lineNumber);
                    predictions.set(doc.path("file").asText(), tag(doc, tagger));
                }
            }
        }
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        JSON.writerWithDefaultPrettyPrinter().writeValue(out.toFile(), predictions);
    }

    private static JsonNode readLine(String line, Path file, int lineNumber) {
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ":" + lineNumber + ": not a JSON object", e);
        }
    }

    private static ArrayNode tag(JsonNode doc, TimeTagger tagger) {
        Optional<PartialDate> anchor = anchor(doc.path("dct").asText(""));
        ArrayNode timexes = JSON.createArrayNode();
        for (TimeMention mention : tagger.tag(doc.path("text").asText(""), anchor)) {
            ObjectNode t = timexes.addObject();
            t.put("start", mention.span().start());
            t.put("end", mention.span().end());
            t.put("value", mention.value().orElse(""));
            t.put("type", mention.type().name());
            mention.modifier().ifPresent(mod -> t.put("mod", mod));
            t.put("rule", mention.rule());
        }
        return timexes;
    }

    /** The document date as the anchor; a missing or unreadable one leaves relative dates unresolved. */
    static Optional<PartialDate> anchor(String dct) {
        try {
            return dct.isBlank() ? Optional.empty() : Optional.of(PartialDate.parse(dct.length() > 10 ? dct.substring(0, 10) : dct));
        } catch (IllegalArgumentException unreadable) {
            return Optional.empty();
        }
    }

    /** {@code TimexBench INPUT.jsonl OUT.json}. */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: TimexBench INPUT.jsonl OUT.json");
            System.exit(2);
        }
        long started = System.nanoTime();
        predict(Path.of(args[0]), Path.of(args[1]));
        System.err.printf(java.util.Locale.ROOT, "wrote %s in %d ms%n", args[1], (System.nanoTime() - started) / 1_000_000);
    }
}
