package dev.dossier.app;

import dev.dossier.extract.bench.ExtractionBench;
import dev.dossier.group.bench.ClusterBench;
import dev.dossier.group.bench.StoryBench;
import dev.dossier.group.corpus.RealLookingCorpus;
import dev.dossier.group.corpus.SourceArticle;
import dev.dossier.nlp.bench.EntityBench;
import dev.dossier.nlp.bench.TimexBench;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
            BenchCommand.Clusters.class, BenchCommand.Corpus.class, BenchCommand.Stories.class})
final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "missing benchmark: extraction, timex, entities, clusters or corpus");
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

        /** The entry point to run, once the options are parsed. */
        Predictor predictor() {
            return predictor;
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
                predictor().predict(input, out);
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

    @Command(name = "clusters", description = "Story clusters of ECB+: INPUT is its input.jsonl. With --variants K, "
            + "K variants of each text (sentences shuffled, numbers changed) are clustered along with it and only the "
            + "originals are written.")
    static final class Clusters extends Run {
        @Option(names = "--variants", defaultValue = "0", paramLabel = "K",
                description = "Variants of each text to cluster along with it (default: ${DEFAULT-VALUE}).")
        int variants;

        @Option(names = "--seed", defaultValue = "1", description = "Seed of the variants (default: ${DEFAULT-VALUE}).")
        long seed;

        @Option(names = "--change-years", description = "Change the variants' years too (by default a year is kept).")
        boolean changeYears;

        Clusters() {
            super(ClusterBench::predict, "score_clusters.py");
        }

        @Override
        Predictor predictor() {
            return (in, out) -> ClusterBench.predictAmongVariants(in, out, variants, seed, changeYears);
        }
    }

    /**
     * {@code dossier bench corpus [SOURCE…] --out DIR --count N --seed S}: writes a real-looking
     * scale corpus (variants of the source articles with paragraphs shuffled and names and numbers
     * changed, planted copies) and its truth, for measuring the pipeline at any size.
     */
    @Command(name = "corpus", description = "Write a real-looking scale corpus to DIR/articles and its truth "
            + "(the source article of each document) to DIR/truth.tsv: variants of the SOURCE articles (text files "
            + "or folders of them; default: examples) with the lead kept, the other paragraphs shuffled, about half "
            + "of the names and numbers changed, and planted copies of recent variants.",
            footer = {"", "Example:", "  dossier bench corpus examples --out /tmp/corpus10k --count 10000 --seed 1",
                "  dossier analyze /tmp/corpus10k/articles --out /tmp/corpus10k-out"})
    static final class Corpus implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "SOURCE", arity = "0..*", description = "Source articles or folders (default: examples).")
        List<Path> sources = List.of(Path.of("examples"));

        @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR", description = "Folder to write.")
        Path out;

        @Option(names = "--count", defaultValue = "10000", description = "Documents to write (default: ${DEFAULT-VALUE}).")
        int count;

        @Option(names = "--seed", defaultValue = "1", description = "Seed (default: ${DEFAULT-VALUE}).")
        long seed;

        @Option(names = "--copies", defaultValue = "0.15", paramLabel = "SHARE",
                description = "Share of planted copies (default: ${DEFAULT-VALUE}).")
        double copyShare;

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            sources.stream().filter(s -> !Files.exists(s)).findFirst().ifPresent(s -> {
                throw new ParameterException(spec.commandLine(), "no such source: " + s);
            });
            if (count < 1 || !(copyShare >= 0 && copyShare < 1)) {
                throw new ParameterException(spec.commandLine(), "--count must be positive and --copies in [0, 1)");
            }
            long started = System.nanoTime();
            try {
                RealLookingCorpus corpus = new RealLookingCorpus(SourceArticle.readAll(sources), seed, copyShare);
                RealLookingCorpus.Summary summary = corpus.write(out, count);
                err.printf(Locale.ROOT, "wrote %d documents (%d planted copies) from %d source articles (%d stories) to %s/articles "
                        + "in %.1f s; truth in %s/truth.tsv; largest true story: %d documents%n", summary.documents(),
                        summary.copies(), summary.perSource().size(), summary.perStory().size(), out, (System.nanoTime() - started) / 1e9, out,
                        summary.largestTrueStory());
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), e.getMessage());
            } catch (IOException | UncheckedIOException e) {
                err.println("dossier bench corpus: cannot write " + out + ": " + e.getMessage());
                return Main.OUTPUT_ERROR;
            }
            return Main.OK;
        }
    }

    /** {@code dossier bench stories DIR}: the group stage on a corpus of {@code bench corpus}, against its truth. */
    @Command(name = "stories", description = "Group the articles of a corpus written by `dossier bench corpus` (DIR/articles) "
            + "and compare the stories with its truth (DIR/truth.tsv): largest story, B-cubed scores, time and peak heap.")
    static final class Stories implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "DIR", description = "A folder written by `dossier bench corpus`.")
        Path dir;

        @Override
        public Integer call() throws IOException {
            if (!Files.exists(dir.resolve("truth.tsv"))) {
                throw new ParameterException(spec.commandLine(), "no truth.tsv in " + dir);
            }
            spec.commandLine().getOut().println(StoryBench.run(dir));
            return Main.OK;
        }
    }
}
