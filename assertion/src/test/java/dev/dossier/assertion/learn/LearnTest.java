package dev.dossier.assertion.learn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Features, training and the model file on sentences written for this test. */
class LearnTest {
    private static Signals plain(String text) {
        return new Signals(text, List.of(), 1, 1, List.of());
    }

    private static final List<String> CLASSES = List.of("NONE", "DELIVERY", "SANCTION");

    private static List<Trainer.Example> examples() {
        String[][] rows = {
            {"DELIVERY", "The first tanks reached the port of Gdynia in May."},
            {"DELIVERY", "Two more frigates were handed to the navy last week."},
            {"DELIVERY", "The jets reached the air base on Monday."},
            {"SANCTION", "Washington blacklisted the firm over the drone shipments."},
            {"SANCTION", "The treasury blacklisted two more officials."},
            {"NONE", "The minister visited the factory and praised its workers."},
            {"NONE", "Analysts expect the budget debate to continue."},
        };
        return java.util.Arrays.stream(rows).map(r -> new Trainer.Example(Featurizer.features(plain(r[1])),
                CLASSES.indexOf(r[0]))).toList();
    }

    @Test
    void featuresAreHashedNumbersThatDoNotDependOnCaseOrAccentsAndAreStable() {
        int[] a = Featurizer.features(plain("Les avions sont arrivés à Jakarta en 2022."));
        int[] b = Featurizer.features(plain("LES AVIONS SONT ARRIVES A JAKARTA EN 2023."));
        assertArrayEquals(a, b, "case, accents and the year's digits make no difference");
        assertEquals(Featurizer.hash("u:arrives"), Featurizer.hash("u:arrives"));
        assertTrue(java.util.Arrays.stream(a).allMatch(f -> f >= 0 && f < Featurizer.BUCKETS));
    }

    @Test
    void trainingIsDeterministicAndLearnsUnseenWordingFromSharedWords() {
        LinearModel one = Trainer.train(examples(), CLASSES, Trainer.Options.defaults());
        LinearModel two = Trainer.train(examples(), CLASSES, Trainer.Options.defaults());
        Signals unseen = plain("Four helicopters reached the base in June.");
        assertEquals("DELIVERY", one.predict(unseen).label());
        assertEquals(one.predict(unseen), two.predict(unseen));
        assertEquals("SANCTION", one.predict(plain("The state department blacklisted a shipping company.")).label());
        assertEquals("reached", textOf("Four helicopters reached the base in June.",
                one.strongestToken("Four helicopters reached the base in June.", "DELIVERY")));
    }

    private static String textOf(String text, Featurizer.Token t) {
        return text.substring(t.start(), t.end());
    }

    @Test
    void everyWeightTheModelFileCanHoldIsReadAsParseFloatReadsIt() {
        for (int m = -199_999; m <= 199_999; m++) {
            String cell = String.format(java.util.Locale.ROOT, "%.3f", m / 1000.0);
            String line = "7\t" + cell + "\t1";
            assertEquals(Float.floatToRawIntBits(Float.parseFloat(cell)),
                    Float.floatToRawIntBits(LinearModel.weight(line, 2, 2 + cell.length())), cell);
        }
        for (String cell : List.of("-0.000", "0", "-0", "1e-3", "12.5", ".125", "-.5", "3.", "0.1234", "1234567890.123", "NaN")) {
            String line = "x" + cell + "\t";
            assertEquals(Float.floatToRawIntBits(Float.parseFloat(cell)),
                    Float.floatToRawIntBits(LinearModel.weight(line, 1, 1 + cell.length())), cell);
        }
    }

    @Test
    void aLineWithTooFewOrTooManyWeightsIsRejected() {
        for (String weights : List.of("0.1\t0.2", "0.1\t0.2\t0.3\t0.4")) {
            String file = "classes\tA\tB\tC\n17\t" + weights + "\n";
            assertThrows(IOException.class, () -> LinearModel.read(
                    new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)), "m.tsv"), weights);
        }
    }

    @Test
    void theModelFileRoundTripsWithItsThreshold() throws IOException {
        LinearModel model = Trainer.train(examples(), CLASSES, Trainer.Options.defaults()).withThreshold(0.7);
        StringWriter out = new StringWriter();
        model.write(out, "test");
        LinearModel read = LinearModel.read(new ByteArrayInputStream(out.toString().getBytes(StandardCharsets.UTF_8)),
                "m.tsv");
        assertEquals(0.7, read.threshold());
        assertEquals(CLASSES, read.classes());
        Signals s = plain("The jets reached the air base.");
        assertEquals(model.predict(s).label(), read.predict(s).label());
        assertEquals(model.predict(s).probability(), read.predict(s).probability(), 1e-3);
        assertTrue(!out.toString().contains("reached"), "the file holds numbers, not words");
    }
}
