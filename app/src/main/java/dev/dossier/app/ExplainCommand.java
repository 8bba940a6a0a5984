package dev.dossier.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dossier.app.explain.Component;
import dev.dossier.app.explain.Explainer;
import dev.dossier.app.explain.Explanation;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dossier explain GOLD DOSSIER_DIR}: scores a dossier against a gold file as
 * {@code ../shared/eval/score.py} does and lists each missed or extra item with its sentences and
 * the stage that lost it.
 */
@Command(name = "explain", sortOptions = false,
        description = {"Error analysis: score a dossier against a gold file (the rules of ../shared/eval/score.py) "
                + "and list each missed, extra or wrong item with its sentences, the produced items that came "
                + "closest, and the stage that lost it (no document, no sentence with the parties or system, no "
                + "trigger, wrong type, no or wrong date, wrong role, merged into another event, attribution "
                + "speaker or stance, slot value).",
            "Text output is grouped by component, then by story letter (the first letter of the document's file name)."},
        footer = {"  0  explanation printed", "  2  usage error (a file missing or not valid JSON)",
            "  4  internal error", "",
            "Example:",
            "  dossier analyze ../shared/eval/real/articles --out /tmp/real",
            "  dossier explain ../shared/eval/real/gold.json /tmp/real --only events"})
final class ExplainCommand implements Callable<Integer> {
    private final ObjectMapper mapper = new ObjectMapper();

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "GOLD", description = "The gold file (dossier-gold/1, as score.py reads).")
    Path gold;

    @Parameters(index = "1", paramLabel = "DOSSIER_DIR",
            description = "The folder 'dossier analyze' wrote (or its dossier.json).")
    Path dossier;

    @Option(names = "--json", description = "Print JSON for machines instead of text.")
    boolean json;

    @Option(names = "--only", split = ",", paramLabel = "COMPONENT",
            description = "Only these components: documents, deals, slots, events, contradictions, attribution, wire "
                    + "(comma-separated; the score table is always printed).")
    List<String> only;

    @Override
    public Integer call() throws IOException {
        Set<Component> components = components();
        JsonNode goldJson = read(gold, "gold file");
        Path file = Files.isDirectory(dossier) ? dossier.resolve("dossier.json") : dossier;
        JsonNode dossierJson = read(file, "dossier");
        Explanation explanation = Explainer.explain(goldJson, dossierJson).only(components);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            explanation.printJson(out, mapper);
        } else {
            explanation.printText(out);
        }
        out.flush();
        return Main.OK;
    }

    private Set<Component> components() {
        if (only == null || only.isEmpty()) {
            return EnumSet.allOf(Component.class);
        }
        Set<Component> out = EnumSet.noneOf(Component.class);
        for (String name : only) {
            Component c = java.util.Arrays.stream(Component.values()).filter(x -> x.label().equals(name.strip()))
                    .findFirst().orElseThrow(() -> new ParameterException(spec.commandLine(), "unknown component '"
                            + name + "' for --only: documents, deals, slots, events, contradictions, attribution or wire"));
            out.add(c);
        }
        return out;
    }

    private JsonNode read(Path file, String what) {
        if (!Files.isRegularFile(file)) {
            throw new ParameterException(spec.commandLine(), "no such " + what + ": " + file);
        }
        try {
            JsonNode node = mapper.readTree(file.toFile());
            if (node == null || !node.isObject()) {
                throw new ParameterException(spec.commandLine(), what + " " + file + " is not a JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new ParameterException(spec.commandLine(), what + " " + file + " is not valid JSON: line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ": "
                    + e.getOriginalMessage());
        } catch (IOException e) {
            throw new ParameterException(spec.commandLine(), "cannot read " + what + " " + file + ": " + e.getMessage());
        }
    }
}
