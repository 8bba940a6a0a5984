package dev.dossier.store.search;

import dev.dossier.pipeline.DocumentResult;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The cost of the search index's update and of its searches as the index grows, on a
 * {@link GrowingDossier}: a rebuild from ARTICLES articles, the searches of
 * {@link UpdatedIndexTest#queries()} on it, UPDATES updates of 10 articles each (as after a scoped
 * add), then the same searches on the updated index. An update's time is the CPU time of the
 * process (a merge may run on another thread), and the median is given; a search's is the CPU time
 * of the searching thread, averaged over REPEATS runs after as many to warm up.
 *
 * <pre>
 * java -cp "store/target/test-classes:store/target/classes:app/target/lib/*" \
 *     dev.dossier.store.search.SearchIndexBench 10000 20 100
 * </pre>
 */
final class SearchIndexBench {
    private static final int BATCH = 10;

    private SearchIndexBench() {}

    public static void main(String[] args) {
        int articles = Integer.parseInt(args[0]);
        int updates = Integer.parseInt(args[1]);
        int repeats = Integer.parseInt(args[2]);
        GrowingDossier growing = new GrowingDossier();
        growing.addArticles(articles);
        try (LuceneSearchIndex index = new LuceneSearchIndex()) {
            long start = cpuNanos();
            index.rebuild(growing.dossier(), growing.results());
            System.out.printf(Locale.ROOT, "articles %d: rebuild %.0f ms CPU%n", articles, (cpuNanos() - start) / 1e6);
            double[] rebuilt = searches(index, repeats);
            double[] updated = new double[updates];
            for (int i = 0; i < updates; i++) {
                List<DocumentResult> added = growing.add(BATCH);
                long before = cpuNanos();
                index.update(growing.dossier(), added);
                updated[i] = (cpuNanos() - before) / 1e6;
            }
            System.out.printf(Locale.ROOT, "update of %d articles: median %.1f ms CPU, all %s%n", BATCH,
                    median(updated), Arrays.toString(Arrays.stream(updated).mapToLong(Math::round).toArray()));
            double[] after = searches(index, repeats);
            List<SearchQuery> queries = UpdatedIndexTest.queries();
            System.out.println("query\tsearch_ms_rebuilt\tsearch_ms_updated");
            for (int q = 0; q < queries.size(); q++) {
                System.out.printf(Locale.ROOT, "%s\t%.3f\t%.3f%n", label(queries.get(q)), rebuilt[q], after[q]);
            }
            System.out.printf(Locale.ROOT, "all\t%.3f\t%.3f%n", Arrays.stream(rebuilt).sum(),
                    Arrays.stream(after).sum());
        }
    }

    /** The mean CPU time of each query's search, in ms, after a warm-up. */
    private static double[] searches(LuceneSearchIndex index, int repeats) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<SearchQuery> queries = UpdatedIndexTest.queries();
        double[] means = new double[queries.size()];
        for (int q = 0; q < queries.size(); q++) {
            for (int i = 0; i < repeats; i++) {
                index.search(queries.get(q));
            }
            long before = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < repeats; i++) {
                index.search(queries.get(q));
            }
            means[q] = (threads.getCurrentThreadCpuTime() - before) / 1e6 / repeats;
        }
        return means;
    }

    private static String label(SearchQuery query) {
        return "'" + query.text() + "'" + query.kind().map(k -> " " + k).orElse("")
                + query.country().map(c -> " " + c).orElse("") + query.eventType().map(t -> " " + t).orElse("")
                + query.from().map(f -> " from " + f.iso()).orElse("")
                + (query.offset() > 0 ? " @" + query.offset() : "");
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
