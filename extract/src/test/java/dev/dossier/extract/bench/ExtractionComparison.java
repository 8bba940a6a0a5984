package dev.dossier.extract.bench;

import com.fasterxml.jackson.databind.JsonNode;
import de.l3s.boilerpipe.BoilerpipeProcessingException;
import de.l3s.boilerpipe.extractors.ArticleExtractor;
import dev.dossier.extract.CascadeExtractor;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
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
 * one run, single-threaded, warmed up and then taking turns on each page: F1 by {@link ShingleMetric} and the median
 * milliseconds per page, wall clock and CPU time of the thread (the CPU figure holds when other
 * processes share the machine). {@code ExtractionComparison [BENCH_DIR]}.
 */
public final class ExtractionComparison {
    /** One extractor's result. */
    public record Row(String name, ShingleMetric.Score score, double medianMillis, double medianCpuMillis) {
        String line() {
            return String.format(Locale.ROOT,
                    "%-24s f1 %.3f  precision %.3f  recall %.3f  median %.2f ms/page (cpu %.2f ms/page)",
                    name, score.f1(), score.precision(), score.recall(), medianMillis, medianCpuMillis);
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
        return interleaved(extractors, pages);
    }

    /**
     * Warms every extractor up (two passes), then runs them in turn on each page, so that a busy
     * machine slows them all alike.
     */
    private static List<Row> interleaved(Map<String, Function<Page, String>> extractors, List<Page> pages) {
        for (int pass = 0; pass < 2; pass++) {
            extractors.values().forEach(x -> pages.forEach(p -> safely(x, p)));
        }
        List<String> names = new ArrayList<>(extractors.keySet());
        long[][] nanos = new long[names.size()][pages.size()];
        long[][] cpu = new long[names.size()][pages.size()];
        List<ShingleMetric> metrics = new ArrayList<>();
        names.forEach(n -> metrics.add(new ShingleMetric()));
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < pages.size(); i++) {
            for (int x = 0; x < names.size(); x++) {
                long start = System.nanoTime();
                long startCpu = threads.getCurrentThreadCpuTime();
                String body = safely(extractors.get(names.get(x)), pages.get(i));
                cpu[x][i] = threads.getCurrentThreadCpuTime() - startCpu;
                nanos[x][i] = System.nanoTime() - start;
                metrics.get(x).add(pages.get(i).truth(), body);
            }
        }
        List<Row> rows = new ArrayList<>();
        for (int x = 0; x < names.size(); x++) {
            rows.add(new Row(names.get(x), metrics.get(x).score(), median(nanos[x]) / 1e6, median(cpu[x]) / 1e6));
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
        long[] cpu = new long[pages.size()];
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < pages.size(); i++) {
            long start = System.nanoTime();
            long startCpu = threads.getCurrentThreadCpuTime();
            String body = safely(extractor, pages.get(i));
            cpu[i] = threads.getCurrentThreadCpuTime() - startCpu;
            nanos[i] = System.nanoTime() - start;
            metric.add(pages.get(i).truth(), body);
        }
        return new Row(name, metric.score(), median(nanos) / 1e6, median(cpu) / 1e6);
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
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
