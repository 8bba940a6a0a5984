package dev.dossier.app.serve;

import dev.dossier.model.RawDocument;
import dev.dossier.pipeline.DocumentResult;
import dev.dossier.pipeline.Pipeline;
import dev.dossier.pipeline.PipelineConfig;
import dev.dossier.pipeline.Progress;
import dev.dossier.pipeline.Stages;
import dev.dossier.store.StoreLocation;
import dev.dossier.store.jdbc.JdbcDossierStore;
import dev.dossier.store.json.RecordJson;
import dev.dossier.store.update.AddResult;
import dev.dossier.store.update.StoreUpdater;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The cost of one add as the store grows: for each size N, a fresh embedded (H2) store is filled
 * with the first N articles of {@code CORPUS} (read once, stored in one commit, untimed), then
 * {@value #ROUNDS} adds of {@value #BATCH} articles each (the corpus's last ones, the same for
 * every size; the smallest size is run once untimed first, so that no row pays for warming the JIT) are timed as {@code dossier add}
 * runs them (read, group, reconcile, commit), followed by the server's update of its snapshot
 * and search index as {@code Library.add} does it (spliced in after a scoped add), then, for
 * comparison on the same state, the whole reload every add used to cost. The store is filled as a
 * whole add fills it (with grouping memos), so the timed adds can be scoped. Prints one row per
 * size: store size, median add (wall clock, then CPU time of the process), every add, median
 * whole reload, median update as the library makes it (wall, CPU), every update, how many of
 * the adds were scoped (ms).
 *
 * <pre>
 * java -cp "app/target/dossier-app-*.jar:app/target/lib/*" dev.dossier.app.serve.StoreAddBench CORPUS 100 1000 10000
 * </pre>
 * CORPUS is any folder of articles, e.g. one written by
 * the Spark module's bench generator: {@code SparkBench generate DIR 10030 1.0 archive} gives a news
 * archive whose last 30 articles follow up deals of its first 100, so that the timed adds touch
 * deals of the same size at every store size, and the cost measured is the store's.
 *
 * <p>The filled store is compacted before the timed adds (see {@link #compact}).
 * Filling a store of 10,000 reads 10,000 articles (some minutes). With
 * {@code -Dbench.cache=FILE}, the reduced per-document results of the filling articles (what
 * {@code analyze} and the store keep) are written there as JSON lines the first time and read back on later runs; the timed adds always read their articles. With
 * {@code -Dbench.copies=true} as well, a size larger than the cache is made up with copies of the
 * cached results (wire copies of their originals), so that a store of 10,000 can be filled from
 * 1,000 read articles.
 * With {@code -Dbench.parts=true}, each row is followed by the parts of a whole rebuild at that
 * size, timed one by one: reading the stored results, grouping, reconciling, committing.
 */
public final class StoreAddBench {
    static final int BATCH = 10;
    static final int ROUNDS = 3;

    private StoreAddBench() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: StoreAddBench CORPUS SIZE...");
            System.exit(2);
        }
        int[] sizes = Arrays.stream(args, 1, args.length).mapToInt(Integer::parseInt).sorted().toArray();
        int extra = BATCH * ROUNDS;
        Stages stages = Stages.defaults();
        Pipeline pipeline = new Pipeline(stages, PipelineConfig.defaults());
        List<RawDocument> raws = pipeline.ingest(List.of(Path.of(args[0])));
        int needed = sizes[sizes.length - 1] + extra;
        if (raws.size() < needed) {
            throw new IllegalArgumentException(args[0] + " holds " + raws.size() + " articles; " + needed + " needed");
        }
        List<RawDocument> added = raws.subList(raws.size() - extra, raws.size());
        List<DocumentResult> read = new ArrayList<>(cached(sizes[sizes.length - 1]));
        System.out.println("store_documents\tadd_ms_median\tadd_cpu_ms_median\tadd_ms_all\trefresh_ms_median"
                + "\tapplied_ms_median\tapplied_cpu_ms_median\tapplied_ms_all\tadds");
        boolean warm = false;
        for (int size : sizes) {
            if (read.size() < size) {
                List<DocumentResult> more = pipeline.readAll(raws.subList(read.size(), size), Progress.SILENT).stream()
                        .map(DocumentResult::reduced).toList();
                read.addAll(more);
                appendToCache(more);
            }
            if (!warm) {
                row(stages, pipeline, List.copyOf(read.subList(0, size)), added);
                warm = true;
            }
            System.out.println(row(stages, pipeline, List.copyOf(read.subList(0, size)), added));
            System.out.flush();
        }
    }

    /**
     * The cached results of the first filling articles, at most {@code limit}; none without a cache.
     * With {@code -Dbench.copies=true}, a cache smaller than {@code limit} is made up with copies of
     * its results under other sources and ids ({@code copy1/…}): each copy is a wire copy of its
     * original, so a store filled so has wire groups of up to limit / cached documents.
     */
    private static List<DocumentResult> cached(int limit) throws IOException {
        String cache = System.getProperty("bench.cache");
        if (cache == null || !Files.exists(Path.of(cache))) {
            return List.of();
        }
        List<String> lines;
        try (var all = Files.lines(Path.of(cache))) {
            lines = all.limit(limit).toList();
        }
        List<DocumentResult> results = new ArrayList<>(lines.stream().map(l -> RecordJson.read(l, DocumentResult.class)).toList());
        for (int copy = 1; Boolean.getBoolean("bench.copies") && results.size() < limit; copy++) {
            for (int i = 0; i < lines.size() && results.size() < limit; i++) {
                results.add(copyOf(lines.get(i), results.get(i), copy));
            }
        }
        return results;
    }

    /** {@code result} under the source {@code copyN/…} and the id that source gives. */
    private static DocumentResult copyOf(String json, DocumentResult result, int copy) {
        dev.dossier.model.Document document = result.annotated().document();
        String source = "copy" + copy + "/" + document.source();
        String id = dev.dossier.model.DocumentId.of(source, document.id().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return RecordJson.read(json.replace("\"source\":\"" + document.source() + "\"", "\"source\":\"" + source + "\"")
                .replace(document.id(), id), DocumentResult.class);
    }

    private static void appendToCache(List<DocumentResult> results) throws IOException {
        String cache = System.getProperty("bench.cache");
        if (cache == null) {
            return;
        }
        List<String> lines = results.stream().map(RecordJson::write).toList();
        Files.write(Path.of(cache), lines, java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.APPEND);
    }

    private static String row(Stages stages, Pipeline pipeline, List<DocumentResult> stored, List<RawDocument> extra)
            throws IOException {
        Path dir = Files.createTempDirectory("dossier-store-bench");
        try (JdbcDossierStore store = JdbcDossierStore.open(StoreLocation.embedded(dir))) {
            fill(store, stages, pipeline, stored);
        }
        if (!Boolean.getBoolean("bench.bloated")) {
            compact(dir);
        }
        try (JdbcDossierStore store = JdbcDossierStore.open(StoreLocation.embedded(dir))) {
            try (Library library = new Library(store, stages)) {
                return rounds(stages, store, library, stored.size(), extra);
            }
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    /**
     * Compacts the closed store's file: H2 keeps what one commit of thousands of documents wrote
     * twice (a store of 10,000 filled so takes 1.4 GB, 94 MB compacted), and gives it back a little
     * at each close; a store grown by many adds is near its compact size. {@code -Dbench.bloated=true}
     * times the adds on the store as the fill leaves it.
     */
    private static void compact(Path dir) {
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(StoreLocation.embedded(dir).jdbcUrl());
             java.sql.Statement s = c.createStatement()) {
            s.execute("SHUTDOWN COMPACT");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("cannot compact the bench store at " + dir, e);
        }
    }

    /** Stores {@code stored} as one whole add does, keeping what grouping keeps so that later adds can be scoped. */
    private static void fill(JdbcDossierStore store, Stages stages, Pipeline pipeline, List<DocumentResult> stored) {
        dev.dossier.model.Dossier dossier = pipeline.assemble(stored).dossier();
        if (stages.grouper() instanceof dev.dossier.group.MinHashGrouper grouper) {
            store.commitAdd(stored, dossier, grouper.memos(stored.stream().map(r -> r.annotated().document()).toList(),
                    dossier.grouping()));
        } else {
            store.commitAdd(stored, dossier);
        }
    }

    /**
     * The timed adds; after each, the library is brought up to the store as {@code Library.add}
     * does ({@link Library#applied}: spliced in when the add was scoped), then, for comparison,
     * reloaded whole ({@link Library#refresh}, what every add did before).
     */
    private static String rounds(Stages stages, JdbcDossierStore store, Library library, int size,
            List<RawDocument> extra) {
        StoreUpdater updater = new StoreUpdater(stages.remembering(), PipelineConfig.defaults(), store);
        long[] adds = new long[ROUNDS];
        long[] cpu = new long[ROUNDS];
        long[] applied = new long[ROUNDS];
        long[] appliedCpu = new long[ROUNDS];
        long[] refreshes = new long[ROUNDS];
        String[] how = new String[ROUNDS];
        for (int round = 0; round < ROUNDS; round++) {
            long started = System.nanoTime();
            long cpuStarted = processCpuNanos();
            AddResult result = updater.addRaw(extra.subList(round * BATCH, (round + 1) * BATCH));
            adds[round] = (System.nanoTime() - started) / 1_000_000;
            cpu[round] = (processCpuNanos() - cpuStarted) / 1_000_000;
            how[round] = result.scoping().map(x -> x.scopes().size() + " scope(s), " + x.documentsRead() + " read")
                    .orElse("whole");
            started = System.nanoTime();
            cpuStarted = processCpuNanos();
            library.applied(result);
            applied[round] = (System.nanoTime() - started) / 1_000_000;
            appliedCpu[round] = (processCpuNanos() - cpuStarted) / 1_000_000;
            started = System.nanoTime();
            library.refresh();
            refreshes[round] = (System.nanoTime() - started) / 1_000_000;
        }
        String row = String.format(Locale.ROOT, "%d\t%d\t%d\t%s\t%d\t%d\t%d\t%s\t%s", size, median(adds), median(cpu),
                Arrays.toString(adds), median(refreshes), median(applied), median(appliedCpu), Arrays.toString(applied),
                Arrays.toString(how));
        return Boolean.getBoolean("bench.parts") ? row + "\n" + parts(stages, store) : row;
    }

    /** One whole rebuild of the store's dossier, its parts timed one by one (ms). */
    private static String parts(Stages stages, JdbcDossierStore store) {
        long started = System.nanoTime();
        List<DocumentResult> results = store.documentResults();
        long readMs = (System.nanoTime() - started) / 1_000_000;
        started = System.nanoTime();
        List<dev.dossier.model.Document> documents = results.stream().map(r -> r.annotated().document()).toList();
        dev.dossier.model.Grouping grouping = stages.grouper().group(documents);
        long groupMs = (System.nanoTime() - started) / 1_000_000;
        started = System.nanoTime();
        stages.reconciler().reconcile(results.stream().map(DocumentResult::annotated).toList(),
                results.stream().flatMap(r -> r.assertions().stream()).toList(), grouping);
        long reconcileMs = (System.nanoTime() - started) / 1_000_000;
        started = System.nanoTime();
        dev.dossier.model.Dossier dossier = new Pipeline(stages, PipelineConfig.defaults()).assemble(results).dossier();
        long assembleMs = (System.nanoTime() - started) / 1_000_000;
        started = System.nanoTime();
        store.commitAdd(List.of(), dossier);
        long commitMs = (System.nanoTime() - started) / 1_000_000;
        return String.format(Locale.ROOT, "  parts (ms): read %d, group %d, reconcile %d, (assemble %d), commit %d",
                readMs, groupMs, reconcileMs, assembleMs, commitMs);
    }

    /**
     * CPU time of the whole process (every thread, the collector's too), which a shared machine
     * does not inflate as it does wall-clock time; -1 where the JVM does not say.
     */
    private static long processCpuNanos() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : -1;
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
