package dev.dossier.extract.text;

import dev.dossier.extract.Article;
import dev.dossier.extract.meta.SiteDomain;
import dev.dossier.model.Metadata;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads an article out of lines of text, top to bottom: furniture lines out (see {@link LineZones}),
 * then the header (headline, byline, date line), then the body paragraphs, then what the text
 * says about its outlet and date. Metadata already known (front matter, a page's meta tags)
 * wins over what is found here. Thread-safe.
 */
public final class TextArticleReader {
    private final JunkLexicon lexicon;

    public TextArticleReader(JunkLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** A plain-text file: front matter honoured, hard-wrapped lines joined, the headline read from the first line. */
    public Article readText(String text, Metadata given) {
        FrontMatter front = FrontMatter.parse(text);
        return read(HardWraps.unwrap(Line.split(front.rest())), front.metadata().orElse(given), Header.TitleSource.FIRST_LINE);
    }

    public Article read(List<Line> scraped, Metadata given, Header.TitleSource titleSource) {
        // The tails and the zones classify the same lines: each text once per article.
        Map<String, Optional<JunkKind>> kinds = new HashMap<>();
        Function<String, Optional<JunkKind>> kindOf = text -> kinds.computeIfAbsent(text, lexicon::classify);
        List<Line> lines = JunkTails.split(scraped, kindOf);
        JunkKind[] junk = LineZones.classify(lines, kindOf);
        java.util.OptionalInt urlTitle = titleSource == Header.TitleSource.FIRST_LINE && given.title().isEmpty()
                ? given.url().map(u -> UrlSlug.titleLine(lines, junk, u)).orElse(java.util.OptionalInt.empty())
                : java.util.OptionalInt.empty();
        Header header = Header.find(lines, junk, given.title(), titleSource, urlTitle);
        Optional<String> outlet = given.outlet().or(() -> site(lines, given.url()))
                .or(() -> Clues.outlet(lines, junk)).or(() -> Clues.masthead(lines, junk, header));
        List<String> paragraphs = paragraphs(lines, junk, header, outlet);
        Metadata found = Metadata.empty()
                .withTitle(header.title().orElse(null))
                .withAuthor(header.author().or(() -> Clues.reportedBy(lines, junk)).orElse(null))
                .withOutlet(outlet.orElse(null))
                .withPublished(Clues.published(lines, junk, header.date(), paragraphs, given.url()).orElse(null));
        return new Article(String.join("\n\n", paragraphs), given.orElse(found));
    }

    /**
     * The publisher of a page whose URL is known: its name as the page writes it when that spells the
     * site's domain, else the domain itself. A name the page gives that does not spell its domain may
     * be a source or the wire (a copyright "© Example Wire"), so the URL decides.
     */
    private static Optional<String> site(List<Line> lines, Optional<String> url) {
        Optional<String> domain = url.flatMap(SiteDomain::of);
        if (domain.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder text = new StringBuilder();
        lines.forEach(line -> text.append(line.text()).append('\n'));
        return SiteDomain.nameIn(text.toString(), domain.get()).or(() -> domain);
    }

    /** The lines left, one paragraph each; a line broken inside a sentence joins the next one. */
    private static List<String> paragraphs(List<Line> lines, JunkKind[] junk, Header header, Optional<String> outlet) {
        List<String> paragraphs = new ArrayList<>();
        Optional<Line> previous = Optional.empty();
        for (int i = 0; i < lines.size(); i++) {
            if (junk[i] != null || header.lines().contains(i)) {
                continue;
            }
            Line line = lines.get(i);
            // The masthead: the outlet's name alone on a line above the article.
            if (paragraphs.isEmpty() && outlet.isPresent() && Header.same(line.text(), outlet.get())) {
                continue;
            }
            if (previous.isPresent() && continues(previous.get(), line)) {
                int last = paragraphs.size() - 1;
                paragraphs.set(last, paragraphs.get(last) + " " + line.text());
            } else {
                paragraphs.add(line.text());
            }
            previous = Optional.of(line);
        }
        return paragraphs;
    }

    private static boolean continues(Line previous, Line next) {
        return previous.block() == next.block() && !Texts.endsSentence(previous.text())
                && !next.text().isEmpty() && Character.isLowerCase(next.text().charAt(0));
    }
}
