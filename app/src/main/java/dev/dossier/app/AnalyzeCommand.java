package dev.dossier.app;

import dev.dossier.ingest.FileIngestor;
import dev.dossier.ingest.Limits;
import dev.dossier.ingest.Links;
import dev.dossier.model.Document;
import dev.dossier.model.DocumentStatus;
import dev.dossier.model.Dossier;
import dev.dossier.pipeline.AsOf;
import dev.dossier.pipeline.Pipeline;
import dev.dossier.pipeline.PipelineConfig;
import dev.dossier.pipeline.RunResult;
import dev.dossier.pipeline.Stages;
import dev.dossier.report.Reports;
import dev.dossier.report.Summary;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dossier analyze INPUT... --out DIR}: runs the pipeline and writes every report. */
@Command(name = "analyze", sortOptions = false,
        description = {"Read articles and write the dossier: dossier.json, ledger.csv, report.md and report.html.",
            "Inputs are files or folders (read recursively): plain text with optional front matter, HTML, WARC, "
                + "JSON Lines, RSS/Atom feeds, also gzipped."},
        footer = {"  0  all good: every input was read",
            "  1  some inputs were skipped or failed (each listed with its reason); the dossier was written without them",
            "  2  usage error", "  3  the output could not be written", "  4  internal error",
            "", "Example: dossier analyze examples/ --out out   (then open out/report.html)"})
final class AnalyzeCommand implements Callable<Integer> {
    static final int MAX_LISTED_FAILURES = 20;

    private final Supplier<Stages> stages;
    private final boolean terminal;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "INPUT", arity = "1..*", description = "Article files or folders.")
    List<Path> inputs;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR",
            description = "Folder to write into (created when missing; existing reports are replaced).")
    Path out;

    @Option(names = {"-t", "--threads"}, paramLabel = "N",
            description = "Documents read at once (default: the number of processors, ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--document-timeout", paramLabel = "SECONDS",
            description = "Stop reading one document after this many seconds of work (CPU time) and list it as failed "
                    + "(default: ${DEFAULT-VALUE}).")
    double documentTimeoutSeconds = PipelineConfig.DEFAULT_DOCUMENT_TIMEOUT_MILLIS / 1000.0;

    @Option(names = "--as-of", paramLabel = "DATE", converter = IsoDateConverter.class,
            description = "Write the dossier as it could have been written on DATE (YYYY-MM-DD): only articles published "
                    + "by then; undated articles are left out and counted.")
    java.time.LocalDate asOf;

    @Option(names = {"-q", "--quiet"}, description = "Print nothing but errors.")
    boolean quiet;

    @Option(names = "--follow-links", description = "Also read symbolic links that lead outside the input folders "
            + "(by default they are listed as skipped, so a folder of articles cannot pull in other files).")
    boolean followLinks;

    AnalyzeCommand(Supplier<Stages> stages, boolean terminal) {
        this.stages = stages;
        this.terminal = terminal;
    }

    @Override
    public Integer call() {
        checkArguments();
        PrintWriter err = spec.commandLine().getErr();
        warnIfOutputIsAnInput(err);
        long startNanos = System.nanoTime();
        ProgressPrinter progress = new ProgressPrinter(err, progressMode(), 50);
        Dossier dossier;
        try {
            Pipeline pipeline = new Pipeline(withLinks(stages.get()), new PipelineConfig(threads,
                    Math.round(documentTimeoutSeconds * 1000)));
            // only the dossier is kept: the per-document results it was built from go before the reports
            dossier = (asOf == null ? pipeline.run(inputs, progress) : cutAt(pipeline, progress, err)).dossier();
        } finally {
            progress.finish();
        }
        reportFailures(dossier, err);
        warnIfEmpty(dossier, err);
        try {
            Reports.writeAll(dossier, out);
        } catch (IOException e) {
            err.println("dossier: " + e.getMessage());
            return Main.OUTPUT_ERROR;
        }
        if (!quiet) {
            double seconds = (System.nanoTime() - startNanos) / 1e9;
            err.println(Summary.of(dossier) + String.format(Locale.ROOT, " in %.1f s → ", seconds)
                    + out.resolve("report.html"));
        }
        err.flush();
        return anyFailed(dossier) ? Main.SOME_INPUTS_FAILED : Main.OK;
    }

    private RunResult cutAt(Pipeline pipeline, ProgressPrinter progress, PrintWriter err) {
        Pipeline.AsOfRun cut = pipeline.run(inputs, progress, new AsOf(asOf));
        if (!quiet) {
            progress.finish();
            err.println("dossier: as of " + asOf + ": left out " + cut.cut().publishedLater() + " published later and "
                    + cut.cut().undated() + " without a publication date (or unreadable)");
        }
        return cut.run();
    }

    private Stages withLinks(Stages given) {
        if (!followLinks) {
            return given;
        }
        return new Stages(new FileIngestor(Limits.STANDARD, Links.FOLLOW_ALL), given.extractor(), given.annotator(),
                given.assertions(), given.grouper(), given.reconciler());
    }

    private void warnIfEmpty(Dossier dossier, PrintWriter err) {
        if (dossier.documents().isEmpty()) {
            err.println("dossier: found no documents in " + String.join(", ", inputs.stream().map(Path::toString).toList()));
        }
    }

    /** Every input must exist and be readable; the thread count must make sense. */
    private void checkArguments() {
        for (Path input : inputs) {
            if (!Files.exists(input)) {
                throw new ParameterException(spec.commandLine(), "no such input: " + input);
            }
            if (!Files.isReadable(input)) {
                throw new ParameterException(spec.commandLine(), "cannot read input: " + input);
            }
        }
        if (threads < 1) {
            throw new ParameterException(spec.commandLine(), "--threads must be at least 1, not " + threads);
        }
        if (!(documentTimeoutSeconds >= 0.001)) {
            throw new ParameterException(spec.commandLine(), "--document-timeout must be a positive number of seconds, not "
                    + documentTimeoutSeconds);
        }
    }

    /** A later run over the same input would read this run's reports as articles: say so now. */
    private void warnIfOutputIsAnInput(PrintWriter err) {
        Path target = out.toAbsolutePath().normalize();
        for (Path input : inputs) {
            Path folder = input.toAbsolutePath().normalize();
            if (Files.isDirectory(folder) && target.startsWith(folder)) {
                err.println("dossier: warning: the output folder " + out + " is inside the input " + input
                        + "; a later run over " + input + " would read the reports as articles");
            }
        }
    }

    private ProgressPrinter.Mode progressMode() {
        return quiet ? ProgressPrinter.Mode.QUIET : terminal ? ProgressPrinter.Mode.TERMINAL : ProgressPrinter.Mode.LINES;
    }

    /**
     * Names each input that was not read (failed first, then skipped) and why, so that the user
     * knows which file to look at; dossier.json lists every one with its status and problem.
     */
    private static void reportFailures(Dossier dossier, PrintWriter err) {
        List<Document> notRead = dossier.documents().stream().filter(d -> !d.ok())
                .sorted(java.util.Comparator.comparing((Document d) -> d.status() != DocumentStatus.FAILED))
                .toList();
        notRead.stream().limit(MAX_LISTED_FAILURES).forEach(d -> err.println("dossier: "
                + d.status().name().toLowerCase(Locale.ROOT) + " " + Reasons.named(d)));
        if (notRead.size() > MAX_LISTED_FAILURES) {
            err.println("dossier: … and " + (notRead.size() - MAX_LISTED_FAILURES) + " more inputs not read"
                    + " (each is in dossier.json and the documents table of report.html, with its reason)");
        }
    }

    private static boolean anyFailed(Dossier dossier) {
        return dossier.documents().stream().anyMatch(d -> !d.ok());
    }
}
