package dev.dossier.extract.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Runs the three extractors on the benchmark and prints the table (see BENCHMARKS.md). */
@Tag("slow")
class ExtractionComparisonTest {
    @Test
    void oursBeatsTheJavaBaselinesOnTheSamePages() throws IOException {
        List<ExtractionComparison.Row> rows = ExtractionComparison.run(BenchData.dir());
        rows.forEach(r -> System.out.println(r.line()));
        ExtractionComparison.Row ours = rows.get(0);
        for (ExtractionComparison.Row other : rows.subList(1, rows.size())) {
            assertTrue(ours.score().f1() > other.score().f1(), ours.line() + " vs " + other.line());
        }
    }
}
