package dev.dossier.spark;

import dev.dossier.pipeline.DocumentResult;
import dev.dossier.pipeline.Pipeline;
import dev.dossier.pipeline.PipelineConfig;
import dev.dossier.pipeline.RunResult;
import dev.dossier.pipeline.Stages;
import dev.dossier.group.GroupingConfig;
import dev.dossier.store.json.RecordJson;
import dev.dossier.group.MinHashGrouper;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;

/**
 * The Spark form of {@code dossier analyze}: the driver lists the input files, the executors run
 * the per-document stages in parallel, and the cross-document stages run once over all
 * results with the very code the single-machine path uses ({@link Pipeline#assemble}), which
 * orders its input first, so partitioning cannot change the answer.
 */
public final class SparkAnalyzeJob {
    /** Results decoded together on the driver's cores. */
    private static final int DECODE_BATCH = 512;

    private SparkAnalyzeJob() {}

    /** Reads {@code inputs} (Hadoop paths or globs) in {@code partitions} slices (0: four per core). */
    public static RunResult run(SparkSession spark, List<String> inputs, int partitions) {
        return run(spark, inputs, partitions, message -> { });
    }

    /** As {@link #run(SparkSession, List, int)}, telling {@code progress} as each phase ends. */
    public static RunResult run(SparkSession spark, List<String> inputs, int partitions, Consumer<String> progress) {
        PhaseClock clock = new PhaseClock(progress);
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        List<InputFile> files = InputListing.list(inputs, jsc.hadoopConfiguration());
        int slices = partitions > 0 ? partitions : 4 * jsc.defaultParallelism();
        List<List<InputFile>> balanced = InputListing.balanced(files, slices);
        clock.lap("listed " + files.size() + " files in " + balanced.size() + " slices");
        JavaRDD<DocumentReader.Read> read = jsc.parallelize(balanced, Math.max(1, balanced.size()))
                .flatMap(List::iterator)
                .mapPartitions(new DocumentReader())
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            long documents = read.count();
            long cached = java.util.Arrays.stream(jsc.sc().getRDDStorageInfo())
                    .filter(info -> info.id() == read.id()).mapToLong(info -> info.memSize() + info.diskSize()).sum();
            clock.lap(String.format(java.util.Locale.ROOT,
                    "read %d documents on the executors, %.0f MB of results cached", documents, cached / 1e6));
            GroupingConfig grouping = GroupingConfig.defaults();
            Map<String, String> copies = SparkCopies.components(
                    read.map(DocumentReader.Read::print).filter(java.util.Objects::nonNull), grouping.copies());
            long copied = copies.entrySet().stream().filter(e -> !e.getKey().equals(e.getValue())).count();
            clock.lap("found " + copied + (copied == 1 ? " copy of another document" : " copies of other documents")
                    + " across slices");
            List<DocumentResult> results = decode(read.map(DocumentReader.Read::json).toLocalIterator());
            clock.lap("collected " + results.size() + " results on the driver");
            RunResult result = new Pipeline(stagesWith(copies, grouping), new PipelineConfig(1)).assemble(results);
            clock.lap("grouped stories and reconciled " + result.dossier().events().size() + " events");
            return result;
        } finally {
            read.unpersist(true);
        }
    }

    /**
     * Decodes the results one partition at a time (the RDD is cached, so this re-reads rather than
     * recomputes), a batch at a time on all the driver's cores, in order, sharing equal entities:
     * the driver never holds all the JSON texts at once.
     */
    private static List<DocumentResult> decode(java.util.Iterator<String> texts) {
        List<DocumentResult> results = new java.util.ArrayList<>();
        Interner interner = new Interner();
        List<String> batch = new java.util.ArrayList<>(DECODE_BATCH);
        while (texts.hasNext()) {
            batch.add(texts.next());
            if (batch.size() == DECODE_BATCH || !texts.hasNext()) {
                results.addAll(batch.parallelStream()
                        .map(json -> interner.intern(RecordJson.read(json, DocumentResult.class))).toList());
                batch.clear();
            }
        }
        return results;
    }

    /** The default stages, with a grouper that takes the copies found across partitions. */
    private static Stages stagesWith(Map<String, String> copies, GroupingConfig grouping) {
        Stages defaults = Stages.defaults();
        MinHashGrouper grouper = new MinHashGrouper(grouping);
        return new Stages(defaults.ingestor(), defaults.extractor(), defaults.annotator(), defaults.assertions(),
                documents -> grouper.analyse(documents, copies).grouping(), defaults.reconciler());
    }
}
