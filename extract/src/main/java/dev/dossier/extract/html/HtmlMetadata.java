package dev.dossier.extract.html;

import dev.dossier.extract.text.FrontMatter;
import dev.dossier.model.DateBasis;
import dev.dossier.model.Metadata;
import dev.dossier.model.PartialDate;
import dev.dossier.model.PublicationDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Metadata a page declares about itself, strongest first: JSON-LD (NewsArticle), OpenGraph and
 * article meta tags, other meta tags, microdata and time elements, then the canonical URL.
 * Every publication date found here has basis metadata.
 */
final class HtmlMetadata {
    private static final String[] DATE_META = {"article:published_time", "og:published_time", "published_time",
        "datePublished", "pubdate", "publishdate", "publish-date", "publication_date", "date", "dc.date",
        "dc.date.issued", "dcterms.created", "sailthru.date", "parsely-pub-date", "article.published", "cxenseparse:recs:publishtime"};
    private static final Pattern VISIBLE_DATE = Pattern.compile("(?i)(^|[-_ ])(date|dateline|published|pubdate|timestamp|post-date|entry-date)([-_ ]|$)");
    private static final Pattern SITE_SUFFIX = Pattern.compile("\\s+[|–—-]\\s+[^|–—-]{2,40}$");

    private HtmlMetadata() {}

    static Metadata of(Document page, JsonLd ld, Metadata given) {
        Map<String, String> metas = metas(page);
        Optional<String> url = given.url().or(() -> canonical(page, metas)).or(ld::url);
        Metadata m = Metadata.empty()
                .withUrl(url.orElse(null))
                .withTitle(ld.headline().or(() -> meta(metas, "og:title", "twitter:title")).or(() -> h1(page))
                        .or(() -> pageTitle(page)).orElse(null))
                .withOutlet(ld.publisher().or(() -> meta(metas, "og:site_name")).map(HtmlMetadata::firstSegment).orElse(null))
                .withAuthor((ld.authors().isEmpty() ? author(page, metas) : Optional.of(String.join(", ", ld.authors())))
                        .flatMap(HtmlMetadata::cleanAuthor).orElse(null))
                .withPublished(published(page, metas, ld).orElse(null))
                .withLanguage(language(page, metas, ld).orElse(null));
        return given.orElse(m);
    }

    static Optional<String> meta(Document page, String... names) {
        return meta(metas(page), names);
    }

    static Optional<String> meta(Map<String, String> metas, String... names) {
        for (String name : names) {
            String content = metas.get(name.toLowerCase(Locale.ROOT));
            if (content != null) {
                return Optional.of(content);
            }
        }
        return Optional.empty();
    }

    /** Every meta tag's content by its property, name or itemprop (lower case); the first one wins. */
    static Map<String, String> metas(Document page) {
        Map<String, String> metas = new HashMap<>();
        for (Element e : page.getElementsByTag("meta")) {
            String content = Blocks.squash(e.attr("content"));
            for (String key : new String[] {"property", "name", "itemprop"}) {
                String name = e.attr(key).strip().toLowerCase(Locale.ROOT);
                if (!name.isEmpty() && !content.isEmpty()) {
                    metas.putIfAbsent(name, content);
                }
            }
        }
        return metas;
    }

    /** A date the page declares; a date in the URL is weaker than a dateline and is left to the text reader. */
    private static Optional<PublicationDate> published(Document page, Map<String, String> metas, JsonLd ld) {
        return ld.published().flatMap(FrontMatter::date)
                .or(() -> meta(metas, DATE_META).flatMap(FrontMatter::date))
                .or(() -> timeElement(page))
                .map(d -> new PublicationDate(d, DateBasis.METADATA));
    }

    /**
     * A date shown on the page in an element named for it ("date", "published", "timestamp"):
     * weaker than declared metadata and than a dateline, so it has basis text.
     */
    static Optional<PublicationDate> visibleDate(Document page) {
        for (Element e : page.getElementsByAttributeValueMatching("class", VISIBLE_DATE)) {
            String text = e.text();
            if (text.length() <= 80) {
                Optional<PartialDate> date = dev.dossier.extract.meta.DateParser.standard().first(text);
                if (date.isPresent()) {
                    return Optional.of(new PublicationDate(date.get(), DateBasis.TEXT));
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<PartialDate> timeElement(Document page) {
        Element time = page.selectFirst("[itemprop=datePublished], time[pubdate], article time[datetime], time[datetime]");
        if (time == null) {
            return Optional.empty();
        }
        String value = time.hasAttr("datetime") ? time.attr("datetime")
                : time.hasAttr("content") ? time.attr("content") : time.text();
        return FrontMatter.date(value);
    }

    private static Optional<String> author(Document page, Map<String, String> metas) {
        Optional<String> meta = meta(metas, "author", "article:author", "parsely-author", "sailthru.author", "byl")
                .filter(a -> !a.startsWith("http"));
        if (meta.isPresent()) {
            return meta.map(a -> a.replaceFirst("(?i)^by\\s+", ""));
        }
        Element e = page.selectFirst("[rel=author], [itemprop=author] [itemprop=name], [itemprop=author], .byline-name, .author-name");
        return e == null || e.text().isBlank() || e.text().length() > 80 ? Optional.empty()
                : Optional.of(e.text().strip().replaceFirst("(?i)^by\\s+", ""));
    }

    /** "By JANE DOE, Staff Writer @jdoe Nov 3" → "JANE DOE": no "By", handle, role or date. */
    static Optional<String> cleanAuthor(String raw) {
        String a = Blocks.squash(raw).replaceFirst("(?i)^by\\s+", "");
        a = a.replaceFirst("\\s*(@|\\||•|\\(|\\bon\\s+\\p{Lu}\\p{Ll}+\\s+\\d).*$", "");
        a = a.replaceFirst("(?i),\\s*([\\p{L}.]+\\s+){0,3}(writer|reporter|correspondent|editor|columnist|contributor)s?\\b.*$", "");
        a = a.replaceAll("[\\s,.;:|-]+$", "");
        return a.isEmpty() || a.length() > 100 ? Optional.empty() : Optional.of(a);
    }

    private static String firstSegment(String site) {
        String first = site.split("\\s+[|•]\\s+")[0].strip();
        return first.isEmpty() ? site : first;
    }

    private static Optional<String> language(Document page, Map<String, String> metas, JsonLd ld) {
        String lang = page.selectFirst("html") == null ? "" : page.selectFirst("html").attr("lang");
        Optional<String> raw = lang.isBlank() ? ld.language().or(() -> meta(metas, "og:locale", "content-language"))
                : Optional.of(lang);
        return raw.map(l -> l.strip().toLowerCase(Locale.ROOT).split("[-_]")[0]).filter(l -> l.matches("[a-z]{2,3}"));
    }

    private static Optional<String> canonical(Document page, Map<String, String> metas) {
        Element link = page.selectFirst("link[rel=canonical]");
        if (link != null && link.attr("href").startsWith("http")) {
            return Optional.of(link.attr("href"));
        }
        return meta(metas, "og:url").filter(u -> u.startsWith("http"));
    }

    private static Optional<String> h1(Document page) {
        Element h1 = page.selectFirst("h1");
        return h1 == null || h1.text().isBlank() ? Optional.empty() : Optional.of(h1.text().strip());
    }

    private static Optional<String> pageTitle(Document page) {
        String title = page.title().strip();
        return title.isEmpty() ? Optional.empty() : Optional.of(SITE_SUFFIX.matcher(title).replaceFirst(""));
    }
}
