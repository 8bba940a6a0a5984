package dev.dossier.extract.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dossier.extract.Article;
import dev.dossier.extract.text.JunkLexicon;
import dev.dossier.extract.text.TextArticleReader;
import dev.dossier.model.Metadata;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Pages written for the project: main content and metadata, each with its basis. */
class HtmlArticleReaderTest {
    private final HtmlArticleReader reader = new HtmlArticleReader(new TextArticleReader(JunkLexicon.standard()));

    private static final String PARAGRAPHS = """
            <p>The defence ministry confirmed on Tuesday that it had signed a contract for twelve coastal patrol
            vessels, the largest naval order in a decade, with deliveries planned over four years.</p>
            <p>Officials said the vessels would be built partly at a local yard, with the first hull laid down
            next spring, and that the contract included training and spare parts for the crews.</p>
            <p>Opposition lawmakers questioned the price, which the ministry did not disclose, and asked for
            the contract to be published in full before the budget debate in the autumn.</p>
            """;

    @Test
    void jsonLdGivesMetadataAndTheBodyLeavesTheFurniture() {
        String html = """
                <html lang="en-GB"><head><title>Navy orders patrol vessels | Harbour Gazette</title>
                <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
                "headline":"Navy orders patrol vessels","datePublished":"2023-04-18T09:30:00+01:00",
                "author":{"@type":"Person","name":"Mara Ionescu"},"publisher":{"@type":"Organization","name":"Harbour Gazette"}}</script>
                </head><body>
                <nav><a href="/">Home</a> <a href="/world">World</a></nav>
                <article><h1>Navy orders patrol vessels</h1><div class="byline">By Mara Ionescu</div>
                """ + PARAGRAPHS + """
                <div class="share-bar"><a href="#">Share on Facebook</a></div>
                <p>Sign up for our daily newsletter</p>
                </article>
                <aside class="related"><h3>Related</h3><a href="/a">Army buys trucks</a></aside>
                <footer>© 2023 Harbour Gazette</footer>
                </body></html>
                """;
        Article a = reader.read(html, Metadata.empty());
        assertEquals(Optional.of("Navy orders patrol vessels"), a.metadata().title());
        assertEquals(Optional.of("Harbour Gazette"), a.metadata().outlet());
        assertEquals(Optional.of("Mara Ionescu"), a.metadata().author());
        assertEquals("2023-04-18", a.metadata().published().orElseThrow().date().iso());
        assertEquals("METADATA", a.metadata().published().orElseThrow().basis().name());
        assertEquals(Optional.of("en"), a.metadata().language());
        assertEquals(3, a.body().split("\n\n").length, a.body());
        assertTrue(a.body().startsWith("The defence ministry confirmed"));
        assertFalse(a.body().contains("newsletter") || a.body().contains("Share") || a.body().contains("Army buys"));
    }

    @Test
    void openGraphAndTimeElementWhenThereIsNoJsonLd() {
        String html = """
                <html><head><meta property="og:title" content="Patrol vessel order"/>
                <meta property="og:site_name" content="Coastal Times"/>
                <link rel="canonical" href="https://coastal.example/news/2022/11/03/patrol"/></head>
                <body><div id="main"><time datetime="2022-11-02">2 November 2022</time>
                """ + PARAGRAPHS + "</div></body></html>";
        Article a = reader.read(html, Metadata.empty());
        assertEquals(Optional.of("Coastal Times"), a.metadata().outlet());
        assertEquals("2022-11-02", a.metadata().published().orElseThrow().date().iso());
        assertEquals(Optional.of("https://coastal.example/news/2022/11/03/patrol"), a.metadata().url());
    }

    @Test
    void urlDateAndHostWhenThePageDeclaresNothing() {
        String html = "<html><body><div>" + PARAGRAPHS + "</div></body></html>";
        Article a = reader.read(html, Metadata.empty().withUrl("https://www.portnews.example/2021/06/09/vessels"));
        assertEquals(Optional.of("portnews.example"), a.metadata().outlet());
        assertEquals("2021-06-09", a.metadata().published().orElseThrow().date().iso());
        assertEquals("URL", a.metadata().published().orElseThrow().basis().name());
    }

    @Test
    void aDateShownInADateElementIsTextEvidenceWhenNothingIsDeclared() {
        String html = "<html><body><div class=\"story\"><span class=\"post-date\">March 3, 2020</span>" + PARAGRAPHS
                + "</div></body></html>";
        Article a = reader.read(html, Metadata.empty().withUrl("https://example.org/2019/01/01/x"));
        assertEquals("2020-03-03", a.metadata().published().orElseThrow().date().iso());
        assertEquals("TEXT", a.metadata().published().orElseThrow().basis().name());
    }
}
