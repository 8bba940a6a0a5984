package dev.dossier.nlp.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.Triple;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Pins re3d entity quality, and runs Stanford CoreNLP's CRF NER (english.conll.4class, GPL, test
 * scope only) on the same input in the same run as the baseline. Skips without ../shared.
 */
@Tag("slow")
class EntityQualityGateTest {
    /** Measured 0.716 macro F1 (relaxed, CoreNLP 0.391) when pinned; the gate leaves a small margin. */
    private static final double MIN_MACRO_F1 = 0.70;
    private static final Pattern MACRO = Pattern.compile("macro_f1: ([0-9.]+)");

    @Test
    void re3dMacroF1StaysAboveTheGateAndTheCoreNlpBaseline() throws Exception {
        Path shared = Path.of(System.getProperty("dossier.shared", "../shared"));
        Path input = shared.resolve("bench/re3d/input.jsonl");
        Path scorer = shared.resolve("eval/score_entities.py");
        assumeTrue(Files.exists(input) && Files.exists(scorer), "no ../shared/bench/re3d: re3d gate skipped");
        Path ours = Files.createTempFile("re3d-dossier", ".json");
        EntityBench.predict(input, ours);
        Path baseline = Files.createTempFile("re3d-corenlp", ".json");
        predictWithCoreNlp(input, baseline);
        double dossier = score(scorer, ours);
        double coreNlp = score(scorer, baseline);
        System.out.printf(Locale.ROOT, "re3d macro_f1: dossier %.3f, CoreNLP CRF 4class %.3f%n", dossier, coreNlp);
        assertTrue(dossier >= MIN_MACRO_F1, "re3d macro F1 fell to " + dossier);
        assertTrue(dossier > coreNlp, "CoreNLP baseline " + coreNlp + " beats " + dossier);
    }

    private static void predictWithCoreNlp(Path input, Path out) throws Exception {
        CRFClassifier<CoreLabel> crf = CRFClassifier.getClassifier(
                "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz");
        ObjectMapper json = new ObjectMapper();
        ArrayNode predictions = json.createArrayNode();
        for (String line : Files.readAllLines(input, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode record = json.readTree(line);
            String text = record.path("text").asText();
            for (Triple<String, Integer, Integer> entity : crf.classifyToCharacterOffsets(text)) {
                if (entity.first().equals("MISC")) {
                    continue;
                }
                ObjectNode node = predictions.addObject();
                node.put("document", record.path("document").asText());
                node.put("begin", entity.second());
                node.put("end", entity.third());
                node.put("type", entity.first());
            }
        }
        json.writeValue(out.toFile(), predictions);
    }

    private static double score(Path scorer, Path predictions) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("python3", scorer.toString(), predictions.toString())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        System.out.println(output);
        Matcher m = MACRO.matcher(output);
        assumeTrue(m.find(), "scorer printed no macro_f1: " + output);
        return Double.parseDouble(m.group(1));
    }

}
