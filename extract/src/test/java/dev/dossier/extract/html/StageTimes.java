package dev.dossier.extract.html;

import dev.dossier.extract.bench.ExtractionBench;
import dev.dossier.extract.decode.ContentDecoder;
import dev.dossier.extract.lang.LanguageIdentifier;
import dev.dossier.extract.text.Header;
import dev.dossier.extract.text.JunkLexicon;
import dev.dossier.extract.text.Line;
import dev.dossier.extract.text.TextArticleReader;
import dev.dossier.model.ContentKind;
import dev.dossier.model.Metadata;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** CPU time per stage of the HTML cascade over the benchmark pages: {@code StageTimes BENCH_DIR}. */
public final class StageTimes {
    private StageTimes() {}

    public static void main(String[] args) {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        List<byte[]> pages = new ArrayList<>();
        ExtractionBench.pages(Path.of(args[0])).forEach(p -> pages.add(ExtractionBench.gunzip(p)));
        TextArticleReader text = new TextArticleReader(JunkLexicon.standard());
        LanguageIdentifier lang = new LanguageIdentifier();
        String[] names = {"decode", "parse", "jsonld", "meta", "prune", "score", "blocks", "lines", "language"};
        for (int round = 0; round < 4; round++) {
            long[] t = new long[names.length];
            for (byte[] bytes : pages) {
                long s = mx.getCurrentThreadCpuTime();
                String html = ContentDecoder.decode(bytes, Optional.empty(), ContentKind.HTML).text();
                long a = mx.getCurrentThreadCpuTime(); t[0] += a - s;
                Document page = Jsoup.parse(html);
                long b = mx.getCurrentThreadCpuTime(); t[1] += b - a;
                JsonLd ld = JsonLd.of(page);
                long c = mx.getCurrentThreadCpuTime(); t[2] += c - b;
                Metadata m = HtmlMetadata.of(page, ld, Metadata.empty());
                long d = mx.getCurrentThreadCpuTime(); t[3] += d - c;
                Pruner.prune(page.body());
                long e = mx.getCurrentThreadCpuTime(); t[4] += e - d;
                List<Element> content = ContentScorer.article(page.body());
                long f = mx.getCurrentThreadCpuTime(); t[5] += f - e;
                List<Line> lines = new ArrayList<>();
                for (Element x : content) {
                    for (Blocks.Block bl : Blocks.of(x)) {
                        lines.add(new Line(bl.text(), lines.size()));
                    }
                }
                long g = mx.getCurrentThreadCpuTime(); t[6] += g - f;
                String body = text.read(lines, m, Header.TitleSource.KNOWN_TITLE_ONLY).body();
                long h = mx.getCurrentThreadCpuTime(); t[7] += h - g;
                lang.identify(body);
                t[8] += mx.getCurrentThreadCpuTime() - h;
            }
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < names.length; i++) {
                out.append(String.format(Locale.ROOT, "%s %.2f  ", names[i], t[i] / 1e6 / pages.size()));
            }
            System.out.println(out);
        }
    }
}
