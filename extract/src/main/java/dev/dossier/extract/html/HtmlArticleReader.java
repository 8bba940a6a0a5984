package dev.dossier.extract.html;

import dev.dossier.extract.Article;
import dev.dossier.extract.text.Header;
import dev.dossier.extract.text.Line;
import dev.dossier.extract.text.TextArticleReader;
import dev.dossier.model.Metadata;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The main content of an HTML page, read top to bottom:
 * <ol>
 *   <li>metadata the page declares (JSON-LD, OpenGraph, meta tags, time elements) — read first,
 *       before anything is removed;</li>
 *   <li>pruning: scripts, navigation, asides, figures and elements named as furniture go;</li>
 *   <li>the article container: paragraphs score their ancestors, cut by link density
 *       ({@link ContentScorer}); when that finds too little, the whole body is used;</li>
 *   <li>the container is rendered as text blocks; link lists go;</li>
 *   <li>the blocks go through the same line rules as plain text (junk lexicon, related-link and
 *       appeal zones, headline and byline) — see {@link TextArticleReader};</li>
 *   <li>the outlet falls back to the URL's host.</li>
 * </ol>
 */
public final class HtmlArticleReader {
    private static final int MIN_ARTICLE_CHARS = 250;
    private static final double MAX_LINK_DENSITY = 0.5;
    private final TextArticleReader text;

    public HtmlArticleReader(TextArticleReader text) {
        this.text = text;
    }

    public Article read(String html, Metadata given) {
        Document page = Jsoup.parse(html, given.url().orElse(""));
        JsonLd ld = JsonLd.of(page);
        Metadata declared = HtmlMetadata.of(page, ld, given);
        Element body = page.body();
        Pruner.prune(body);
        List<Blocks.Block> blocks = blocks(ContentScorer.article(body));
        if (chars(blocks) < MIN_ARTICLE_CHARS) {
            blocks = Blocks.of(body);
        }
        Article article = text.read(lines(blocks), declared, Header.TitleSource.KNOWN_TITLE_ONLY);
        Metadata m = article.metadata();
        if (m.outlet().isEmpty() && m.url().isPresent()) {
            m = m.withOutlet(HtmlMetadata.host(m.url().get()).orElse(null));
        }
        return new Article(article.body(), m);
    }

    private static List<Blocks.Block> blocks(List<Element> content) {
        List<Blocks.Block> blocks = new ArrayList<>();
        for (Element e : content) {
            blocks.addAll(Blocks.of(e));
        }
        return blocks;
    }

    private static List<Line> lines(List<Blocks.Block> blocks) {
        List<Line> lines = new ArrayList<>();
        for (Blocks.Block b : blocks) {
            // The h1 is the headline, which is metadata, not body.
            if (b.linkDensity() <= MAX_LINK_DENSITY && !b.tag().equals("h1")) {
                lines.add(new Line(b.text(), lines.size()));
            }
        }
        return lines;
    }

    private static int chars(List<Blocks.Block> blocks) {
        return blocks.stream().mapToInt(b -> b.text().length()).sum();
    }
}
