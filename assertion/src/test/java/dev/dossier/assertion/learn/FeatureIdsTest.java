package dev.dossier.assertion.learn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The feature ids and the predictions of the shipped model are those of the names they stand for: ids
 * hashed from the feature names ("u:form", "b:previous form" …) and weights summed from the model file's
 * lines in a map, in the same order, on sentences of the examples, the real corpus and the seeds.
 */
class FeatureIdsTest {
    private static final String MODEL = "/dev/dossier/assertion/learn/event-classifier.tsv.gz";

    @Test
    void idsAndPredictionsOnWrittenSentences() throws IOException {
        assertSame(List.of("The first K2 tanks reached Gdynia on 12 May 2023.", "Les avions sont arrivés à Jakarta en 2022.",
                "Die ersten Panzer wurden im Frühjahr geliefert.", "", "—", "Rheinmetall's 155-mm shells, 2,000 of them.",
                "Ukraine's F-16s arrived: all 24 of them.", "a\uD835\uDC00b \uD83D\uDE00 x\uD835y\uDC00z -a- b--c d'-e f’g’ ½ Ⅻ",
                "l'armée d'Ukraine a reçu 12 Rafale F4-R."), 9);
    }

    @Test
    void idsAndPredictionsOnTheExamplesTheRealCorpusAndTheSeeds() throws IOException {
        Path root = Path.of(System.getProperty("dossier.root", "../.."));
        Path shared = Path.of(System.getProperty("dossier.shared", "../../shared"));
        Assumptions.assumeTrue(Files.isDirectory(root.resolve("examples")), "no examples under " + root);
        List<String> sentences = new ArrayList<>(sentences(root.resolve("examples")));
        if (Files.isDirectory(shared.resolve("eval/real/articles"))) {
            sentences.addAll(sentences(shared.resolve("eval/real/articles")));
            sentences.addAll(sentences(shared.resolve("seeds")));
        }
        assertSame(sentences, 100);
    }

    private static void assertSame(List<String> sentences, int atLeast) throws IOException {
        LinearModel model;
        try (InputStream in = FeatureIdsTest.class.getResourceAsStream(MODEL)) {
            model = LinearModel.read(in, MODEL);
        }
        Map<Integer, float[]> weights = weights();
        String[][] triggers = {{}, {"DELIVERY"}, {"ORDER", "DELIVERY"}};
        String[][] cues = {{}, {"NEGATION"}, {"PLANNED", "HEDGE"}};
        int k = 0;
        for (String text : sentences) {
            assertEquals(tokensByRegex(text), Featurizer.tokens(text), text);
            k++;
            Signals s = new Signals(text, List.of(triggers[k % 3]), k % 4, k % 5, List.of(cues[(k / 3) % 3]));
            int[] expected = byNames(s);
            assertArrayEquals(expected, Featurizer.features(s), text);
            LinearModel.Prediction p = model.predict(s);
            double[] scores = new double[model.classes().size()];
            for (int f : expected) {
                float[] w = weights.get(f);
                for (int c = 0; w != null && c < scores.length; c++) {
                    scores[c] += w[c];
                }
            }
            double[] probabilities = Softmax.of(scores);
            int best = 0;
            for (int c = 1; c < probabilities.length; c++) {
                best = probabilities[c] > probabilities[best] ? c : best;
            }
            assertEquals(new LinearModel.Prediction(model.classes().get(best), probabilities[best]), p, text);
        }
        assertTrue(k >= atLeast, k + " sentences");
    }

    private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("[\\p{L}\\p{N}]+(?:[-'’][\\p{L}\\p{N}]+)*");

    /** The words as the regex the tokenizer replaced found them. */
    private static List<Featurizer.Token> tokensByRegex(String text) {
        List<Featurizer.Token> out = new ArrayList<>();
        java.util.regex.Matcher m = WORD.matcher(text);
        while (m.find()) {
            out.add(new Featurizer.Token(Featurizer.form(m.group()), m.start(), m.end()));
        }
        return out;
    }

    /** The ids as the feature names give them. */
    private static int[] byNames(Signals s) {
        List<String> names = new ArrayList<>();
        String previous = "<s>";
        for (Featurizer.Token t : Featurizer.tokens(s.text())) {
            names.add("u:" + t.form());
            names.add("p:" + (t.form().length() > 5 ? t.form().substring(0, 5) : t.form()));
            names.add("b:" + previous + " " + t.form());
            previous = t.form();
        }
        names.add("b:" + previous + " </s>");
        if (s.triggerTypes().isEmpty()) {
            names.add("trigger:none");
        }
        s.triggerTypes().forEach(type -> names.add("trigger:" + type));
        names.add("countries:" + Math.min(s.countries(), 2));
        names.add("weapons:" + Math.min(s.weapons(), 2));
        s.cues().forEach(cue -> names.add("cue:" + cue));
        names.add("bias");
        return names.stream().mapToInt(Featurizer::hash).distinct().sorted().toArray();
    }

    /** The model file's weight lines, read with a plain split and parse. */
    private static Map<Integer, float[]> weights() throws IOException {
        Map<Integer, float[]> weights = new HashMap<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(FeatureIdsTest.class.getResourceAsStream(MODEL)), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] cells = line.split("\t");
                if (line.isBlank() || line.startsWith("#") || cells[0].equals("classes") || cells[0].equals("threshold")) {
                    continue;
                }
                float[] w = new float[cells.length - 1];
                for (int c = 0; c < w.length; c++) {
                    w[c] = Float.parseFloat(cells[c + 1]);
                }
                weights.put(Integer.parseInt(cells[0]), w);
            }
        }
        assertTrue(weights.size() > 1000, weights.size() + " weights");
        return weights;
    }

    private static List<String> sentences(Path folder) {
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                for (String line : Files.readString(file, StandardCharsets.UTF_8).split("\n")) {
                    out.addAll(Arrays.asList(line.split("(?<=[.!?。])\\s+")));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
