package dev.dossier.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dossier.app.train.EventLabels;
import dev.dossier.app.train.Evaluation;
import dev.dossier.app.train.Labelled;
import dev.dossier.assertion.learn.Featurizer;
import dev.dossier.assertion.learn.LinearModel;
import dev.dossier.assertion.learn.Trainer;
import dev.dossier.model.AnnotatedDocument;
import dev.dossier.model.Document;
import dev.dossier.model.RawDocument;
import dev.dossier.pipeline.Pipeline;
import dev.dossier.pipeline.PipelineConfig;
import dev.dossier.pipeline.Stages;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.zip.GZIPOutputStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code dossier train-events}: labels sentences of gold corpora ({@link EventLabels}), reports the
 * classifier's leave-one-story-out accuracy next to the trigger rules', trains on everything, writes
 * the model and measures its cost per sentence. Deterministic for the same inputs and seed.
 */
@Command(name = "train-events", sortOptions = false,
        description = {"Train the learned sentence-level event classifier from gold corpora and report its "
                + "leave-one-story-out accuracy (each story letter held out in turn; files whose name does not "
                + "start with a letter, such as the seeds, are always trained on).",
            "Labels point at files and offsets (--labels); no text is stored in the model."},
        footer = {"  0  model written", "  2  usage error", "  3  the model could not be written",
            "  4  internal error", "", "Example:",
            "  dossier train-events --gold ../shared/eval/real/gold.json --articles ../shared/eval/real/articles \\",
            "      --gold ../shared/eval/seeds.gold.json --articles ../shared/seeds \\",
            "      --out assertion/src/main/resources/dev/dossier/assertion/learn/event-classifier.tsv.gz"})
final class TrainEventsCommand implements Callable<Integer> {
    private static final int BENCH_ROUNDS = 20;


    @Spec
    CommandSpec spec;

    @Option(names = "--gold", required = true, paramLabel = "GOLD", description = "A gold file (repeat, paired with --articles).")
    List<Path> golds;

    @Option(names = "--articles", required = true, paramLabel = "DIR", description = "The articles of the gold file at the same position.")
    List<Path> articles;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE", description = "The model to write (.tsv.gz).")
    Path out;

    @Option(names = "--modality-out", paramLabel = "FILE",
            description = "Also train the modality model (asserted, planned, hedged, denied) and write it here.")
    Path modalityOut;

    @Option(names = "--labels", paramLabel = "FILE", description = "Also write the labels: file, start, end, label.")
    Path labelsFile;

    @Option(names = "--threshold", paramLabel = "P", description = "The probability the assertion stage asks of a "
            + "proposal, written into the model (above 1: the model never proposes; default ${DEFAULT-VALUE}).")
    double threshold = 0.6;

    @Option(names = "--fold-models", paramLabel = "DIR", description = "Also write each cross-validation model "
            + "(DIR/<letter>/…/event-classifier.tsv.gz, trained without that story) to measure the pipeline out of fold.")
    Path foldModels;

    @Option(names = "--seed", paramLabel = "N", description = "Shuffling seed (default ${DEFAULT-VALUE}).")
    long seed = Trainer.Options.defaults().seed();

    @Override
    public Integer call() throws IOException {
        if (golds.size() != articles.size()) {
            throw new ParameterException(spec.commandLine(), "give one --articles folder for each --gold file");
        }
        PrintWriter report = spec.commandLine().getOut();
        List<Labelled> labelled = new ArrayList<>();
        for (int i = 0; i < golds.size(); i++) {
            labelled.addAll(label(golds.get(i), articles.get(i)));
        }
        List<String> classes = classes(labelled);
        Trainer.Options options = new Trainer.Options(Trainer.Options.defaults().epochs(),
                Trainer.Options.defaults().learningRate(), Trainer.Options.defaults().l2(), seed,
                Trainer.Options.defaults().maxClassWeight());
        crossValidate(labelled, classes, options, report);
        List<Labelled> modal = labelled.stream().filter(l -> !l.modality().isEmpty()).toList();
        List<String> modalities = List.of("asserted", "planned", "hedged", "denied");
        crossValidateModality(modal, modalities, options, report);
        LinearModel model = Trainer.train(examples(labelled, classes), classes, options).withThreshold(threshold);
        try {
            write(model, labelled.size());
            if (labelsFile != null) {
                writeLabels(labelled);
            }
            if (modalityOut != null) {
                write(Trainer.train(modalityExamples(modal, modalities), modalities, options), modalityOut,
                        modal.size() + " event sentences (modality)");
            }
        } catch (IOException e) {
            spec.commandLine().getErr().println("dossier train-events: cannot write " + out + ": " + e.getMessage());
            return Main.OUTPUT_ERROR;
        }
        bench(model, labelled, report);
        report.printf(Locale.ROOT, "wrote %s (%d classes, %d labelled sentences)%n", out, classes.size(), labelled.size());
        return Main.OK;
    }

    private List<Labelled> label(Path goldFile, Path folder) throws IOException {
        if (!Files.isRegularFile(goldFile) || !Files.isDirectory(folder)) {
            throw new ParameterException(spec.commandLine(), "no such gold file or articles folder: " + goldFile
                    + ", " + folder);
        }
        JsonNode gold = new ObjectMapper().readTree(goldFile.toFile());
        Map<String, List<JsonNode>> eventsByDoc = new TreeMap<>();
        gold.path("documents").forEach(d -> eventsByDoc.computeIfAbsent(shortId(d.path("file").asText()),
                k -> new ArrayList<>()));
        gold.path("events").forEach(e -> e.path("docs").forEach(d -> eventsByDoc.computeIfAbsent(d.asText(),
                k -> new ArrayList<>()).add(e)));
        Stages stages = Stages.defaults();
        EventLabels labels = EventLabels.load();
        List<Labelled> out = new ArrayList<>();
        for (RawDocument raw : new Pipeline(stages, new PipelineConfig(1)).ingest(List.of(folder))) {
            String file = shortId(raw.source());
            if (!eventsByDoc.containsKey(file)) {
                continue;
            }
            Document doc = stages.extractor().extract(raw);
            if (doc.ok()) {
                AnnotatedDocument annotated = stages.annotator().annotate(doc);
                out.addAll(labels.label(raw.source(), story(file), annotated, eventsByDoc.get(file)));
            }
        }
        return out;
    }

    static String shortId(String source) {
        String name = source.replace('\\', '/').substring(source.replace('\\', '/').lastIndexOf('/') + 1);
        return name.split("[_.]", 2)[0];
    }

    /** The story letter of a file: its first character when a letter, else "" (never held out). */
    static String story(String file) {
        return !file.isEmpty() && Character.isLetter(file.charAt(0)) ? file.substring(0, 1).toUpperCase(Locale.ROOT) : "";
    }

    private static List<String> classes(List<Labelled> labelled) {
        TreeSet<String> types = new TreeSet<>();
        labelled.forEach(l -> types.add(l.label()));
        types.remove(EventLabels.NONE);
        List<String> classes = new ArrayList<>(List.of(EventLabels.NONE));
        classes.addAll(types);
        return classes;
    }

    private static List<Trainer.Example> examples(List<Labelled> labelled, List<String> classes) {
        return labelled.stream().map(l -> new Trainer.Example(Featurizer.features(l.signals()),
                classes.indexOf(l.label()))).toList();
    }

    /** Each story letter held out in turn; the rules' first trigger type is the baseline. */
    private void crossValidate(List<Labelled> labelled, List<String> classes, Trainer.Options options,
            PrintWriter report) {
        TreeSet<String> stories = new TreeSet<>();
        labelled.stream().map(Labelled::story).filter(s -> !s.isEmpty()).forEach(stories::add);
        Evaluation model = new Evaluation();
        Evaluation rules = new Evaluation();
        Evaluation proposer = new Evaluation();
        Map<String, Double> perStory = new TreeMap<>();
        for (String held : stories) {
            List<Labelled> train = labelled.stream().filter(l -> !l.story().equals(held)).toList();
            LinearModel m = Trainer.train(examples(train, classes), classes, options).withThreshold(threshold);
            writeFoldModel(held, m);
            Evaluation fold = new Evaluation();
            for (Labelled l : labelled.stream().filter(l -> l.story().equals(held)).toList()) {
                String predicted = m.predict(l.signals()).label();
                model.add(l.label(), predicted);
                fold.add(l.label(), predicted);
                rules.add(l.label(), l.signals().triggerTypes().isEmpty() ? EventLabels.NONE
                        : l.signals().triggerTypes().get(0));
                if (l.signals().triggerTypes().isEmpty()) {
                    LinearModel.Prediction p = m.predict(l.signals());
                    proposer.add(l.label(), p.probability() >= threshold ? p.label() : EventLabels.NONE);
                }
            }
            perStory.put(held, fold.macroF1());
        }
        model.print(report, "Classifier, leave-one-story-out (" + String.join(", ", stories) + " held out in turn):");
        rules.print(report, "Trigger rules on the same sentences (first trigger type, else NONE):");
        proposer.print(report, "Classifier as a proposer: sentences where no trigger word matched, a type only at "
                + "probability >= " + threshold + ":");
        report.println("macro F1 per held-out story: " + perStory.entrySet().stream().map(e -> String.format(
                Locale.ROOT, "%s %.3f", e.getKey(), e.getValue())).reduce((a, b) -> a + " · " + b).orElse(""));
    }

    /** A fold's model where a classpath folder puts the shipped one, to run the pipeline out of fold. */
    private void writeFoldModel(String held, LinearModel m) {
        if (foldModels == null) {
            return;
        }
        Path file = foldModels.resolve(held).resolve("dev/dossier/assertion/learn/event-classifier.tsv.gz");
        try {
            write(m, file, "fold without story " + held);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<Trainer.Example> modalityExamples(List<Labelled> labelled, List<String> classes) {
        return labelled.stream().map(l -> new Trainer.Example(Featurizer.features(l.signals()),
                classes.indexOf(l.modality()))).toList();
    }

    /** Modality of the event sentences, each story held out in turn, next to the rules' cues alone. */
    private static void crossValidateModality(List<Labelled> modal, List<String> classes, Trainer.Options options,
            PrintWriter report) {
        TreeSet<String> stories = new TreeSet<>();
        modal.stream().map(Labelled::story).filter(s -> !s.isEmpty()).forEach(stories::add);
        Evaluation model = new Evaluation();
        Evaluation cues = new Evaluation();
        for (String held : stories) {
            List<Labelled> train = modal.stream().filter(l -> !l.story().equals(held)).toList();
            LinearModel m = Trainer.train(modalityExamples(train, classes), classes, options);
            for (Labelled l : modal.stream().filter(l -> l.story().equals(held)).toList()) {
                model.add(l.modality(), m.predict(l.signals()).label());
                cues.add(l.modality(), cueModality(l.signals().cues()));
            }
        }
        model.print(report, "Modality classifier on the event sentences, leave-one-story-out:");
        cues.print(report, "Modality from the cue lexicon alone (denial/negation, planned/deferred, hedge/report):");
    }

    private static String cueModality(List<String> cues) {
        if (cues.contains("DENIAL") || cues.contains("NEGATION") || cues.contains("NEGATED_VERB")) {
            return "denied";
        }
        if (cues.contains("PLANNED") || cues.contains("DEFERRED")) {
            return "planned";
        }
        boolean hedged = cues.contains("HEDGE") || cues.contains("SPECULATIVE") || cues.contains("REPORTED")
                || cues.contains("MEDIA_RELAY");
        return hedged ? "hedged" : "asserted";
    }

    private void write(LinearModel model, int sentences) throws IOException {
        write(model, out, sentences + " labelled sentences");
    }

    private void write(LinearModel model, Path file, String what) throws IOException {
        Path out = file;
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (Writer w = new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(out)), StandardCharsets.UTF_8)) {
            model.write(w, "Trained by dossier train-events on " + what + " of "
                    + golds.stream().map(p -> p.toAbsolutePath().getParent().getFileName() + "/" + p.getFileName()).toList() + " (seed " + seed + ").");
        }
    }

    private void writeLabels(List<Labelled> labelled) throws IOException {
        StringBuilder b = new StringBuilder("# file\tstart\tend\tlabel\tmodality (UTF-16 offsets into the clean body; see train-events)\n");
        labelled.forEach(l -> b.append(l.file()).append('\t').append(l.start()).append('\t').append(l.end())
                .append('\t').append(l.label()).append('\t').append(l.modality()).append('\n'));
        Files.writeString(labelsFile, b.toString(), StandardCharsets.UTF_8);
    }

    /** Features and prediction per sentence, the median of several rounds over every labelled sentence. */
    private static void bench(LinearModel model, List<Labelled> labelled, PrintWriter report) {
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        long[] rounds = new long[BENCH_ROUNDS];
        double sink = 0;
        for (int r = 0; r < BENCH_ROUNDS; r++) {
            long start = cpu.getCurrentThreadCpuTime();
            for (Labelled l : labelled) {
                sink += model.probabilities(Featurizer.features(l.signals()))[0];
            }
            rounds[r] = cpu.getCurrentThreadCpuTime() - start;
        }
        java.util.Arrays.sort(rounds);
        report.printf(Locale.ROOT, "cost: %.1f µs CPU per sentence (features + prediction; median of %d rounds over %d "
                + "sentences, one thread)%s%n", rounds[BENCH_ROUNDS / 2] / 1e3 / labelled.size(), BENCH_ROUNDS,
                labelled.size(), sink < 0 ? "!" : "");
    }
}
