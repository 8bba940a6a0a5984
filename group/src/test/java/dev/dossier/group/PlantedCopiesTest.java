package dev.dossier.group;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dossier.group.bench.ScaleBench.PairCounts;
import dev.dossier.group.corpus.CorpusGenerator;
import dev.dossier.group.corpus.GeneratedDocument;
import dev.dossier.model.DocumentGroup;
import dev.dossier.model.Grouping;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Quality gate: planted copies in a generated corpus are found, hard negatives are not joined. */
@Tag("slow")
class PlantedCopiesTest {
    @Test
    void findsPlantedCopiesWithPrecisionAndRecallOfAtLeast099() {
        List<GeneratedDocument> corpus = new CorpusGenerator(2024).list(4000);
        Grouping grouping = new MinHashGrouper().group(corpus.stream().map(d -> Docs.doc(d.id(), d.text())).toList());

        Map<String, Integer> wireIds = new HashMap<>();
        int[] components = new int[corpus.size()];
        long[] families = new long[corpus.size()];
        for (int i = 0; i < corpus.size(); i++) {
            DocumentGroup g = grouping.of(corpus.get(i).id()).orElseThrow();
            components[i] = wireIds.computeIfAbsent(g.wireGroup().orElse(g.document()), k -> wireIds.size());
            families[i] = corpus.get(i).family();
        }
        PairCounts pairs = PairCounts.of(components, families);

        System.out.printf(java.util.Locale.ROOT, "planted copies: %d documents, %d planted pairs, %d found pairs, precision %.4f, recall %.4f%n",
                corpus.size(), pairs.planted(), pairs.predicted(), pairs.precision(), pairs.recall());
        assertTrue(pairs.precision() >= 0.99, "precision " + pairs.precision());
        assertTrue(pairs.recall() >= 0.99, "recall " + pairs.recall());
    }
}
