package dev.dossier.spark;

import dev.dossier.pipeline.RunResult;
import dev.dossier.report.Reports;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code dossier spark INPUT... --out DIR}: the Spark job from the command line, in local mode
 * or under spark-submit (whose master wins when {@code --master} is not given).
 */
@Command(name = "dossier spark", mixinStandardHelpOptions = true, version = "dossier spark 0.1.0",
        description = {"Runs the Dossier pipeline as an Apache Spark job and writes the same dossier.json,",
                "ledger.csv and reports as 'dossier analyze', plus Parquet tables (documents, events,",
                "deals, slots, contradictions).",
                "Exit codes: 0 all good, 1 some inputs failed, 2 usage error, 3 output not written."})
public final class SparkMain implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "INPUT",
            description = "Files, folders (read recursively) or globs on any Hadoop file system (file:, hdfs:, s3a:…).")
    List<String> inputs;

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "Local folder for dossier.json, ledger.csv, report.md and report.html.")
    Path out;

    @Option(names = "--parquet", paramLabel = "PATH",
            description = "Where the Parquet tables go (any Hadoop path). Default: DIR/parquet.")
    String parquet;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master, e.g. local[2]. Default: spark-submit's, else local[2].")
    String master;

    @Option(names = "--partitions", defaultValue = "0", paramLabel = "N",
            description = "Input slices (default: four per core).")
    int partitions;

    @Override
    public Integer call() {
        String chosen = master != null ? master : System.getProperty("spark.master", "local[2]");
        PrintWriter err = new PrintWriter(System.err, true);
        long started = System.nanoTime();
        SparkSession spark = Sessions.start(chosen);
        try {
            Consumer<String> progress = message -> err.println("dossier spark: " + message);
            RunResult result = SparkAnalyzeJob.run(spark, inputs, partitions, progress);
            PhaseClock clock = new PhaseClock(progress);
            ParquetTables.write(spark, result.dossier(), parquet != null ? parquet : out.resolve("parquet").toUri().toString());
            clock.lap("wrote the Parquet tables");
            Reports.writeAll(result.dossier(), out);
            clock.lap("wrote dossier.json, ledger.csv and the reports");
            double seconds = (System.nanoTime() - started) / 1e9;
            int documents = result.dossier().documents().size();
            err.printf(Locale.ROOT, "%d documents (%d failed), %d events, %d deals, %d contradictions in %.1f s"
                            + " (%.1f documents/s, master %s) → %s%n", documents, result.failedDocuments(),
                    result.dossier().events().size(), result.dossier().deals().size(),
                    result.dossier().contradictions().size(), seconds, documents / seconds, chosen,
                    out.resolve("report.html"));
            return result.failedDocuments() > 0 ? 1 : 0;
        } catch (IOException e) {
            err.println("dossier spark: cannot write " + out + ": " + e.getMessage());
            return 3;
        } catch (IllegalArgumentException e) {
            err.println("dossier spark: " + e.getMessage());
            return 2;
        } finally {
            spark.stop();
        }
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new SparkMain()).execute(args));
    }
}
