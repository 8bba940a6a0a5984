package dev.dossier.extract.bench;

import com.fasterxml.jackson.databind.JsonNode;
import de.l3s.boilerpipe.BoilerpipeProcessingException;
import de.l3s.boilerpipe.extractors.ArticleExtractor;
import dev.dossier.extract.CascadeExtractor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import net.dankito.readability4j.Readability4J;

/**
 * Ours, Readability4J 1.0.8 and boilerpipe 1.2.3 (ArticleExtractor) on the same benchmark pages in
 * one run, single-threaded, each after a warm-up pass: F1 by {@link ShingleMetric} and the median
 * milliseconds per page. {@code ExtractionComparison [BENCH_DIR]}.
 */
public final class ExtractionComparison {
    /** One extractor's result. */
    public record Row(String name, ShingleMetric.Score score, double medianMillis) {
        String line() {
            return String.format(Locale.ROOT, "%-24s f1 %.3f  precision %.3f  recall %.3f  median %.2f ms/page",
                    name, score.f1(), score.precision(), score.recall(), medianMillis);
        }
    }

    private record Page(String id, String html, String url, String truth) {}

    private ExtractionComparison() {}

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "../shared/bench/article-extraction");
        run(dir).forEach(r -> System.out.println(r.line()));
    }

    public static List<Row> run(Path dir) throws IOException {
        List<Page> pages = pages(dir);
        CascadeExtractor ours = new CascadeExtractor();
        Map<String, Function<Page, String>> extractors = new LinkedHashMap<>();
        extractors.put("dossier CascadeExtractor", p -> ours.extract(ExtractionBench.raw(p.id(),
                p.html().getBytes(StandardCharsets.UTF_8))).body());
        extractors.put("Readability4J 1.0.8", p -> new Readability4J(p.url(), p.html()).parse().getTextContent());
        extractors.put("boilerpipe 1.2.3", ExtractionComparison::boilerpipe);
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<String, Function<Page, String>> e : extractors.entrySet()) {
            rows.add(measure(e.getKey(), e.getValue(), pages));
        }
        return rows;
    }

    /** Ours alone (for the quality gate). */
    public static Row ours(Path dir) throws IOException {
        CascadeExtractor ours = new CascadeExtractor();
        return measure("dossier CascadeExtractor", p -> ours.extract(ExtractionBench.raw(p.id(),
                p.html().getBytes(StandardCharsets.UTF_8))).body(), pages(dir));
    }

    private static Row measure(String name, Function<Page, String> extractor, List<Page> pages) {
        pages.forEach(p -> safely(extractor, p));
        ShingleMetric metric = new ShingleMetric();
        long[] nanos = new long[pages.size()];
        for (int i = 0; i < pages.size(); i++) {
            long start = System.nanoTime();
            String body = safely(extractor, pages.get(i));
            nanos[i] = System.nanoTime() - start;
            metric.add(pages.get(i).truth(), body);
        }
        Arrays.sort(nanos);
        double median = nanos.length % 2 == 1 ? nanos[nanos.length / 2]
                : (nanos[nanos.length / 2 - 1] + nanos[nanos.length / 2]) / 2.0;
        return new Row(name, metric.score(), median / 1e6);
    }

    private static String safely(Function<Page, String> extractor, Page page) {
        try {
            String body = extractor.apply(page);
            return body == null ? "" : body;
        } catch (RuntimeException | StackOverflowError e) {
            return "";
        }
    }

    private static String boilerpipe(Page page) {
        try {
            return ArticleExtractor.INSTANCE.getText(page.html());
        } catch (BoilerpipeProcessingException e) {
            return "";
        }
    }

    private static List<Page> pages(Path dir) throws IOException {
        JsonNode truth = BenchData.json(dir.resolve("ground-truth.json"));
        List<Page> pages = new ArrayList<>();
        for (Path file : ExtractionBench.pages(dir)) {
            String id = file.getFileName().toString().replace(".html.gz", "");
            JsonNode t = truth.path(id);
            pages.add(new Page(id, new String(ExtractionBench.gunzip(file), StandardCharsets.UTF_8),
                    t.path("url").asText(""), t.path("articleBody").asText("")));
        }
        return pages;
    }
}
