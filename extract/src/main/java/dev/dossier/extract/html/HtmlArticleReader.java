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

/** Main content of an HTML page (stub, replaced by the cascade). */
public final class HtmlArticleReader {
    private final TextArticleReader text;

    public HtmlArticleReader(TextArticleReader text) {
        this.text = text;
    }

    public Article read(String html, Metadata given) {
        Document doc = Jsoup.parse(html);
        List<Line> lines = new ArrayList<>();
        int block = 0;
        for (Element p : doc.select("p")) {
            lines.add(new Line(p.text(), block++));
        }
        return text.read(lines, given.withTitle(given.title().orElse(doc.title())), Header.TitleSource.KNOWN_TITLE_ONLY);
    }
}
