package dev.dossier.app;

import dev.dossier.extract.bench.ExtractionBench;
import dev.dossier.group.bench.ClusterBench;
import dev.dossier.nlp.bench.EntityBench;
import dev.dossier.nlp.bench.TimexBench;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dossier bench …}: runs one stage on a public benchmark's input and writes predictions in
 * the format its scorer in {@code ../shared/eval} reads. The benchmark's answers are never read.
 */
@Command(name = "bench", synopsisSubcommandLabel = "BENCHMARK INPUT --out FILE",
        description = "Run one stage on a public benchmark's input and write the predictions its scorer reads "
                + "(the benchmark's answers are never read).",
        footer = {"  0  predictions written", "  2  usage error", "  3  the predictions could not be written",
            "  4  internal error", "",
            "Example:",
            "  dossier bench timex ../shared/bench/tempeval3-platinum/input.jsonl -o t.json"},
        subcommands = {BenchCommand.Extraction.class, BenchCommand.Timex.class, BenchCommand.Entities.class,
            BenchCommand.Clusters.class})
final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "missing benchmark: extraction, timex, entities or clusters");
    }

    /** One benchmark's entry point: reads its input, writes the predictions its scorer reads. */
    @FunctionalInterface
    interface Predictor {
        void predict(Path input, Path out) throws IOException;
    }

    /**
     * What every benchmark takes (one input and the prediction file to write) and does; a
     * subcommand only names its entry point and its scorer.
     */
    abstract static class Run implements Callable<Integer> {
        private final Predictor predictor;
        private final String scorer;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "INPUT", description = "The benchmark's input (see the description).")
        Path input;

        @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE", description = "Predictions to write.")
        Path out;

        Run(Predictor predictor, String scorer) {
            this.predictor = predictor;
            this.scorer = scorer;
        }

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            if (!Files.exists(input)) {
                throw new ParameterException(spec.commandLine(), "no such input: " + input);
            }
            long started = System.nanoTime();
            try {
                Path parent = out.toAbsolutePath().getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
                predictor.predict(input, out);
            } catch (IOException | UncheckedIOException e) {
                err.println("dossier bench: cannot write " + out + ": " + e.getMessage());
                return Main.OUTPUT_ERROR;
            }
            err.printf(Locale.ROOT, "wrote %s in %.1f s; score it with: python3 ../shared/eval/%s %s%n", out,
                    (System.nanoTime() - started) / 1e9, scorer, out);
            return Main.OK;
        }
    }

    @Command(name = "extraction", description = "Article bodies of the article-extraction benchmark: INPUT is "
            + "its folder (or its html/ folder of *.html.gz pages).")
    static final class Extraction extends Run {
        Extraction() {
            super(ExtractionBench::predict, "score_extraction.py");
        }
    }

    @Command(name = "timex", description = "Time expressions of TempEval-3 platinum: INPUT is its input.jsonl.")
    static final class Timex extends Run {
        Timex() {
            super(TimexBench::predict, "score_timex.py");
        }
    }

    @Command(name = "entities", description = "Entities of re3d: INPUT is its input.jsonl.")
    static final class Entities extends Run {
        Entities() {
            super(EntityBench::predict, "score_entities.py");
        }
    }

    @Command(name = "clusters", description = "Story clusters of ECB+: INPUT is its input.jsonl.")
    static final class Clusters extends Run {
        Clusters() {
            super(ClusterBench::predict, "score_clusters.py");
        }
    }
}
