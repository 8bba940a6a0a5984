package dev.dossier.extract.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The quality gate: the benchmark F1 may not drop below the checked-in baseline
 * ({@code extraction-baseline.properties}). Raise the baseline when the score improves.
 */
@Tag("slow")
class ExtractionQualityGateTest {
    @Test
    void f1StaysAtOrAboveTheBaseline() throws IOException {
        double baseline = Double.parseDouble(baseline().getProperty("f1"));
        ExtractionComparison.Row ours = ExtractionComparison.ours(BenchData.dir());
        System.out.println(ours.line() + " (baseline f1 " + baseline + ")");
        assertTrue(ours.score().f1() >= baseline - 0.0005, ours.line() + " fell below the baseline f1 " + baseline);
    }

    private static Properties baseline() throws IOException {
        Properties p = new Properties();
        try (InputStream in = ExtractionQualityGateTest.class.getResourceAsStream("extraction-baseline.properties")) {
            p.load(in);
        }
        return p;
    }
}
