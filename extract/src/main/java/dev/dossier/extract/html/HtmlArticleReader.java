package dev.dossier.extract.html;

import dev.dossier.extract.Article;
import dev.dossier.extract.text.Header;
import dev.dossier.extract.text.Line;
import dev.dossier.extract.text.TextArticleReader;
import dev.dossier.model.DateBasis;
import dev.dossier.model.Metadata;
import dev.dossier.model.PublicationDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
 *       ({@link ContentScorer}); when the page's JSON-LD articleBody is far longer than what the
 *       container holds, the articleBody is the text; when both find too little, the whole body;</li>
 *   <li>the container is rendered as text blocks; link lists go;</li>
 *   <li>the blocks go through the same line rules as plain text (junk lexicon, related-link and
 *       appeal zones, headline and byline) — see {@link TextArticleReader};</li>
 *   <li>a date shown in an element named for it stands in (basis text) when the page declares none
 *       and the text gives no dateline; the outlet falls back to the URL's host.</li>
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
        Optional<PublicationDate> shown = declared.published().isPresent() ? Optional.empty() : HtmlMetadata.visibleDate(page);
        Element body = page.body();
        Pruner.prune(body);
        List<Blocks.Block> blocks = blocks(ContentScorer.article(body));
        List<Line> lines = lines(blocks);
        if (ld.articleBody().isPresent() && words(ld.articleBody().get()) > 2 * words(blocks) + 50) {
            lines = hintLines(ld.articleBody().get());
        } else if (chars(blocks) < MIN_ARTICLE_CHARS) {
            lines = lines(Blocks.of(body));
        }
        Article article = text.read(lines, declared, Header.TitleSource.KNOWN_TITLE_ONLY);
        Metadata m = article.metadata();
        if (m.published().isEmpty() || m.published().get().basis().compareTo(DateBasis.TEXT) > 0 && shown.isPresent()) {
            m = m.withPublished(shown.or(m::published).orElse(null));
        }
        if (m.outlet().isEmpty() && m.url().isPresent()) {
            m = m.withOutlet(dev.dossier.extract.meta.SiteDomain.of(m.url().get()).orElse(null));
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

    /** The JSON-LD articleBody, one line per paragraph, for pages whose markup hides the text. */
    private static List<Line> hintLines(String articleBody) {
        List<Line> lines = new ArrayList<>();
        for (String paragraph : articleBody.split("\\s*\\n\\s*")) {
            if (!paragraph.isBlank()) {
                lines.add(new Line(paragraph.strip(), lines.size()));
            }
        }
        return lines;
    }

    private static int words(String text) {
        return dev.dossier.extract.text.Texts.wordCount(text);
    }

    private static int words(List<Blocks.Block> blocks) {
        return blocks.stream().mapToInt(b -> words(b.text())).sum();
    }

    private static int chars(List<Blocks.Block> blocks) {
        return blocks.stream().mapToInt(b -> b.text().length()).sum();
    }
}
