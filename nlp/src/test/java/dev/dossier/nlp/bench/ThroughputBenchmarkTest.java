package dev.dossier.nlp.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dossier.model.Document;
import dev.dossier.model.EntityType;
import dev.dossier.nlp.Fixtures;
import dev.dossier.nlp.LanguageAnnotator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Tokens per second of the whole language layer on a fixed corpus — the project's example
 * articles plus a seeded, generated news-like corpus, at least one million tokens in all — warm
 * (one run discarded), the median of five runs. A benchmark, not part of {@code ./test}: run it on a
 * quiet machine with the command in BENCHMARKS.md ({@code -Dtest.excluded.groups=}).
 */
@Tag("benchmark")
class ThroughputBenchmarkTest {
    private static final long SEED = 20261124L;
    private static final int MIN_TOKENS = 1_000_000;
    private static final int SENTENCES_PER_DOCUMENT = 30;
    /** Measured well above this on the 2-core build machine; the gate catches an order-of-magnitude regression. */
    private static final double MIN_TOKENS_PER_SECOND = 50_000;

    @Test
    void wholeLayerIsFast() {
        LanguageAnnotator annotator = new LanguageAnnotator();
        List<Document> corpus = corpus(annotator, new Random(SEED));
        long tokens = run(annotator, corpus);
        assertTrue(tokens >= MIN_TOKENS, "corpus too small: " + tokens);
        double[] rates = new double[5];
        for (int i = 0; i < rates.length; i++) {
            long start = System.nanoTime();
            run(annotator, corpus);
            rates[i] = tokens / ((System.nanoTime() - start) / 1e9);
        }
        Arrays.sort(rates);
        System.out.printf(Locale.ROOT, "language layer: %d tokens, %d documents, median %.0f tokens/s (runs %s)%n",
                tokens, corpus.size(), rates[2], Arrays.toString(rates));
        assertTrue(rates[2] >= MIN_TOKENS_PER_SECOND, "median " + rates[2] + " tokens/s");
    }

    private static long run(LanguageAnnotator annotator, List<Document> corpus) {
        long tokens = 0;
        for (Document document : corpus) {
            tokens += annotator.annotate(document).tokens().size();
        }
        return tokens;
    }

    private static List<Document> corpus(LanguageAnnotator annotator, Random random) {
        List<String> countries = names(annotator, EntityType.COUNTRY);
        List<String> weapons = names(annotator, EntityType.WEAPON);
        List<String> agencies = names(annotator, EntityType.NEWS_AGENCY);
        List<Document> documents = new ArrayList<>(examples());
        int words = 0;
        while (words < MIN_TOKENS) {
            StringBuilder body = new StringBuilder();
            for (int s = 0; s < SENTENCES_PER_DOCUMENT; s++) {
                String sentence = sentence(random, countries, weapons, agencies);
                body.append(sentence).append(s % 4 == 3 ? "\n\n" : " ");
                words += sentence.split(" ").length + 2;
            }
            documents.add(Fixtures.document(body.toString()));
        }
        return documents;
    }

    private static String sentence(Random r, List<String> countries, List<String> weapons, List<String> agencies) {
        String a = pick(r, countries);
        String b = pick(r, countries);
        String w = pick(r, weapons);
        return switch (r.nextInt(6)) {
            case 0 -> String.format(Locale.ROOT, "%s signed a contract worth around $%d.%d billion with %s for %d %s "
                    + "systems, Defence Minister John Carter said on Tuesday.", a, 1 + r.nextInt(9), r.nextInt(10), b,
                    2 + r.nextInt(200), w);
            case 1 -> String.format(Locale.ROOT, "\u201CThe first batch of %s will arrive in %s next year,\u201D a "
                    + "senior defence official told %s.", w, a, pick(r, agencies));
            case 2 -> String.format(Locale.ROOT, "According to %s, the U.S. government cast doubt on reports that "
                    + "%s would buy a second regiment of %s air defence units.", pick(r, agencies), a, w);
            case 3 -> String.format(Locale.ROOT, "%s cited Gen. Maria Lopez as saying that %d %s had been delivered "
                    + "to %s in March, and that more could follow.", pick(r, agencies), 4 + r.nextInt(40), w, b);
            case 4 -> String.format(Locale.ROOT, "The deal, valued at \u20AC%d million, includes training, spare parts "
                    + "and the local production of components in %s.", 100 + r.nextInt(900), a);
            default -> String.format(Locale.ROOT, "%s denied that it had agreed to transfer %s technology to %s, "
                    + "the ministry said in a statement.", a, w, b);
        };
    }

    /** The project's example articles (front matter left out), when the project root is known. */
    private static List<Document> examples() {
        Path dir = Path.of(System.getProperty("dossier.root", "..")).resolve("examples");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".txt")).sorted().map(ThroughputBenchmarkTest::read)
                    .map(text -> Fixtures.document(text.replaceFirst("(?s)^---\\n.*?\\n---\\n", ""))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> names(LanguageAnnotator annotator, EntityType type) {
        return annotator.lexicon().entities().stream().filter(e -> e.type() == type).map(e -> e.name()).sorted()
                .toList();
    }

    private static String pick(Random random, List<String> values) {
        return values.get(random.nextInt(values.size()));
    }
}
