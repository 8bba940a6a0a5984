package dev.dossier.spark;

import dev.dossier.pipeline.DocumentResult;
import dev.dossier.pipeline.Pipeline;
import dev.dossier.pipeline.PipelineConfig;
import dev.dossier.pipeline.RunResult;
import dev.dossier.pipeline.Stages;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;

/**
 * The Spark form of {@code dossier analyze}: the driver lists the input files, the executors run
 * the per-document stages in parallel, and the cross-document stages run once over all
 * results with the very code the single-machine path uses ({@link Pipeline#assemble}), which
 * orders its input first, so partitioning cannot change the answer.
 */
public final class SparkAnalyzeJob {
    private SparkAnalyzeJob() {}

    /** Reads {@code inputs} (Hadoop paths or globs) in {@code partitions} slices (0: four per core). */
    public static RunResult run(SparkSession spark, List<String> inputs, int partitions) {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        List<InputFile> files = InputListing.list(inputs, jsc.hadoopConfiguration());
        int slices = partitions > 0 ? partitions : 4 * jsc.defaultParallelism();
        List<String> encoded = jsc.parallelize(files, Math.max(1, Math.min(slices, files.size())))
                .mapPartitions(new DocumentReader())
                .collect();
        List<DocumentResult> results = encoded.stream().map(DocumentResultJson::read).toList();
        return new Pipeline(Stages.defaults(), new PipelineConfig(1)).assemble(results);
    }
}
