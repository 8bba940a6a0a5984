package dev.dossier.app;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/**
 * Lists {@code spark} among the commands. The Spark job needs Spark's jars, which the command
 * line does not carry, so the launcher runs it from the spark module; reaching this class means
 * the command line was started some other way.
 */
@Command(name = "spark", description = "Run the same pipeline as an Apache Spark job; writes the same dossier "
        + "plus Parquet tables (see ./dossier spark --help).")
final class SparkHintCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Unmatched
    List<String> arguments;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("dossier: the Spark job runs through the launcher: "
                + "./dossier spark INPUT... --out DIR (or spark-submit with the spark module's SparkMain class)");
        return Main.USAGE;
    }
}
