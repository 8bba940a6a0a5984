package dev.dossier.extract.html;

import dev.dossier.extract.bench.ExtractionBench;
import dev.dossier.extract.text.JunkKind;
import dev.dossier.extract.text.JunkLexicon;
import dev.dossier.extract.text.Line;
import dev.dossier.extract.text.LineZones;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Prints the chosen containers and each block with its link density and junk kind: {@code HtmlDebug PAGE.html.gz}. */
public final class HtmlDebug {
    private HtmlDebug() {}

    public static void main(String[] args) {
        Document page = Jsoup.parse(new String(ExtractionBench.gunzip(Path.of(args[0])), StandardCharsets.UTF_8));
        Element body = page.body();
        Pruner.prune(body);
        List<Element> content = ContentScorer.article(body);
        for (Element e : content) {
            System.out.println("CONTAINER " + e.normalName() + " ." + e.className() + " #" + e.id());
        }
        List<Blocks.Block> blocks = new ArrayList<>();
        content.forEach(e -> blocks.addAll(Blocks.of(e)));
        List<Line> lines = new ArrayList<>();
        blocks.forEach(b -> lines.add(new Line(b.text(), lines.size())));
        JunkKind[] kinds = LineZones.classify(lines, JunkLexicon.standard());
        for (int i = 0; i < blocks.size(); i++) {
            String t = blocks.get(i).text();
            System.out.printf("%-4s %.2f %-10s %s%n", blocks.get(i).tag(), blocks.get(i).linkDensity(),
                    kinds[i] == null ? "" : kinds[i], t.length() > 100 ? t.substring(0, 100) : t);
        }
    }
}
