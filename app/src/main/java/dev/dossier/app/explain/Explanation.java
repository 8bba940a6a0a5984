package dev.dossier.app.explain;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What {@link Explainer} found: score.py's table and every failed item. Prints as readable text
 * (grouped by component, then story letter) or as JSON.
 *
 * @param rows     the score table, row by row as score.py prints it
 * @param score    the mean of the rows (score.py's last line)
 * @param findings every missed, extra or wrong item
 */
public record Explanation(List<Row> rows, double score, List<Finding> findings) {
    private static final int QUOTE_CHARS = 300;

    public Explanation {
        rows = List.copyOf(rows);
        findings = List.copyOf(findings);
    }

    /** One row of the score table. */
    public record Row(String name, double value, String detail) {
    }

    /** The same explanation with only the findings of {@code components}. */
    public Explanation only(Set<Component> components) {
        return new Explanation(rows, score, findings.stream().filter(f -> components.contains(f.component())).toList());
    }

    public void printText(PrintWriter out) {
        for (Row r : rows) {
            out.printf(Locale.ROOT, "%-16s %5.3f  %s%n", r.name(), r.value(), r.detail());
        }
        out.printf(Locale.ROOT, "score: %.3f%n", score);
        for (Component c : Component.values()) {
            List<Finding> of = findings.stream().filter(f -> f.component() == c).toList();
            if (!of.isEmpty()) {
                printComponent(out, c, of);
            }
        }
    }

    private static void printComponent(PrintWriter out, Component c, List<Finding> of) {
        Map<Finding.Verdict, Long> verdicts = of.stream().collect(Collectors.groupingBy(Finding::verdict,
                TreeMap::new, Collectors.counting()));
        out.printf(Locale.ROOT, "%n== %s: %s ==%n", c.label(), verdicts.entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey().name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")));
        Map<Stage, Long> stages = of.stream().collect(Collectors.groupingBy(Finding::stage, TreeMap::new,
                Collectors.counting()));
        out.println("by stage: " + stages.entrySet().stream().map(e -> e.getKey().label() + " " + e.getValue())
                .collect(Collectors.joining(" · ")));
        Map<String, List<Finding>> byStory = of.stream().collect(Collectors.groupingBy(Finding::story, TreeMap::new,
                Collectors.toList()));
        out.println("by story: " + byStory.entrySet().stream().map(e -> e.getKey() + " " + e.getValue().size())
                .collect(Collectors.joining(" · ")));
        for (Map.Entry<String, List<Finding>> story : byStory.entrySet()) {
            out.printf(Locale.ROOT, "%n-- %s --%n", story.getKey());
            story.getValue().forEach(f -> printFinding(out, f));
        }
    }

    private static void printFinding(PrintWriter out, Finding f) {
        out.printf(Locale.ROOT, "%s %s %s — %s%n", f.verdict().name(), f.item(), f.summary(), f.stage().label());
        f.details().forEach(d -> out.println("    " + d));
        for (Finding.Near n : f.closest()) {
            out.println("    closest: " + n.item() + (n.why().isEmpty() ? "" : ": " + String.join("; ", n.why())));
            n.quotes().forEach(q -> out.println("        " + quote(q)));
        }
        if (!f.sentences().isEmpty()) {
            out.println("    sentences:");
            f.sentences().forEach(q -> out.println("        " + quote(q)));
        }
    }

    private static String quote(Finding.Quote q) {
        String text = q.text().replaceAll("\\s+", " ").strip();
        if (text.length() > QUOTE_CHARS) {
            text = text.substring(0, QUOTE_CHARS) + "…";
        }
        return q.document() + " \"" + text + "\"";
    }

    public void printJson(PrintWriter out, ObjectMapper mapper) throws java.io.IOException {
        ObjectNode root = mapper.createObjectNode();
        ObjectNode scores = root.putObject("scores");
        rows.forEach(r -> scores.put(r.name(), Math.round(r.value() * 1000) / 1000.0));
        root.put("score", Math.round(score * 1000) / 1000.0);
        ArrayNode items = root.putArray("findings");
        for (Finding f : findings) {
            ObjectNode n = items.addObject();
            n.put("component", f.component().label());
            n.put("story", f.story());
            n.put("item", f.item());
            n.put("verdict", f.verdict().name().toLowerCase(Locale.ROOT));
            n.put("stage", f.stage().label());
            n.put("summary", f.summary());
            f.details().forEach(n.putArray("details")::add);
            quotes(n.putArray("sentences"), f.sentences());
            ArrayNode closest = n.putArray("closest");
            for (Finding.Near near : f.closest()) {
                ObjectNode c = closest.addObject();
                c.put("item", near.item());
                near.why().forEach(c.putArray("why")::add);
                quotes(c.putArray("quotes"), near.quotes());
            }
        }
        out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root));
    }

    private static void quotes(ArrayNode array, List<Finding.Quote> quotes) {
        for (Finding.Quote q : new ArrayList<>(quotes)) {
            array.addObject().put("document", q.document()).put("text", q.text());
        }
    }
}
