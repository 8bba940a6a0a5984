package dev.dossier.nlp.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * TimexBench writes what score_timex.py reads, and the quality gate: TempEval-3 platinum value
 * F1 measured at 0.867 (HeidelTime 0.776), scored here the way score_timex.py scores it.
 */
class TimexBenchTest {
    private static final double PINNED_VALUE_F1 = 0.86;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern TAG = Pattern.compile("<(/?)([A-Za-z0-9]+)([^>]*)>");
    private static final Pattern VALUE = Pattern.compile("value=\"([^\"]*)\"");

    @Test
    void writesOneListOfTimexesPerFile(@TempDir Path dir) throws IOException {
        Path input = dir.resolve("input.jsonl");
        Files.writeString(input, "{\"file\": \"a.tml\", \"dct\": \"2013-03-22\", \"text\": \"He left on Friday.\"}\n");
        Path out = dir.resolve("out/pred.json");
        TimexBench.predict(input, out);
        JsonNode timex = JSON.readTree(out.toFile()).path("a.tml").path(0);
        assertEquals(11, timex.path("start").asInt());
        assertEquals(17, timex.path("end").asInt());
        assertEquals("2013-03-22", timex.path("value").asText());
        assertEquals("DATE", timex.path("type").asText());
    }

    @Test
    void readsTheDocumentDateAtItsPrecisionAndIgnoresAnUnreadableOne() {
        assertEquals("2013-03-22", TimexBench.anchor("2013-03-22T14:35:00").orElseThrow().iso());
        assertEquals("2013-03", TimexBench.anchor("2013-03").orElseThrow().iso());
        assertTrue(TimexBench.anchor("March 2013").isEmpty());
        assertTrue(TimexBench.anchor("").isEmpty());
    }

    @Test
    void tempEval3PlatinumValueF1StaysPinned(@TempDir Path dir) throws IOException {
        Path bench = Path.of(System.getProperty("dossier.shared", "../shared"), "bench", "tempeval3-platinum");
        assumeTrue(Files.isRegularFile(bench.resolve("input.jsonl")), "no TempEval-3 platinum data at " + bench + ": skipped");
        Path out = dir.resolve("pred.json");
        TimexBench.predict(bench.resolve("input.jsonl"), out);
        double valueF1 = valueF1(bench, JSON.readTree(out.toFile()));
        System.out.printf(java.util.Locale.ROOT, "TempEval-3 platinum value_f1: %.3f%n", valueF1);
        assertTrue(valueF1 >= PINNED_VALUE_F1, "value_f1 fell to " + valueF1 + " (pinned " + PINNED_VALUE_F1 + ")");
    }

    private record Timex(int start, int end, String value) {}

    /** score_timex.py's value F1: relaxed (overlap) one-to-one matches whose value is equal. */
    private static double valueF1(Path bench, JsonNode predictions) throws IOException {
        int gold = 0;
        int predicted = 0;
        int correct = 0;
        try (Stream<Path> files = Files.list(bench)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".tml")).sorted().toList()) {
                List<Timex> wanted = goldTimexes(Files.readString(file, StandardCharsets.UTF_8));
                List<Timex> got = new ArrayList<>();
                predictions.path(file.getFileName().toString()).forEach(t ->
                        got.add(new Timex(t.path("start").asInt(), t.path("end").asInt(), t.path("value").asText(""))));
                gold += wanted.size();
                predicted += got.size();
                correct += correctValues(wanted, got);
            }
        }
        double p = predicted == 0 ? 0 : (double) correct / predicted;
        double r = gold == 0 ? 0 : (double) correct / gold;
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static int correctValues(List<Timex> gold, List<Timex> predicted) {
        Set<Integer> used = new HashSet<>();
        int correct = 0;
        for (Timex g : gold) {
            for (int i = 0; i < predicted.size(); i++) {
                Timex p = predicted.get(i);
                if (!used.contains(i) && p.start() < g.end() && g.start() < p.end()) {
                    used.add(i);
                    correct += g.value().equals(p.value()) ? 1 : 0;
                    break;
                }
            }
        }
        return correct;
    }

    private static List<Timex> goldTimexes(String tml) {
        String body = tml.substring(tml.indexOf("<TEXT>") + 6, tml.indexOf("</TEXT>"));
        List<Timex> out = new ArrayList<>();
        Matcher m = TAG.matcher(body);
        int pos = 0;
        int length = 0;
        int openStart = -1;
        String openValue = "";
        while (m.find()) {
            length += unescape(body.substring(pos, m.start())).length();
            pos = m.end();
            if (!m.group(2).equals("TIMEX3")) {
                continue;
            }
            if (m.group(1).isEmpty()) {
                Matcher v = VALUE.matcher(m.group(3));
                openStart = length;
                openValue = v.find() ? v.group(1) : "";
            } else if (openStart >= 0) {
                out.add(new Timex(openStart, length, openValue));
                openStart = -1;
            }
        }
        return out;
    }

    private static String unescape(String xml) {
        return xml.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
                .replace("&amp;", "&");
    }
}
