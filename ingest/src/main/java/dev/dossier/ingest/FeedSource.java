package dev.dossier.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import dev.dossier.model.ContentKind;
import dev.dossier.model.DateBasis;
import dev.dossier.model.Metadata;
import dev.dossier.model.PartialDate;
import dev.dossier.model.PublicationDate;
import dev.dossier.model.RawDocument;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.jsoup.Jsoup;
import org.xml.sax.InputSource;

/**
 * An RSS or Atom feed saved to disk, read with Rome (doctypes refused). Entry N is document
 * {@code path#N}; its HTML content (or summary) is the page, its link, title, author and date are
 * metadata, the feed's title is the outlet. A feed's dates are instants; they are read in UTC.
 */
final class FeedSource {
    private FeedSource() {}

    static void read(byte[] bytes, String source, Consumer<RawDocument> sink) {
        SyndFeed feed;
        try {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            feed = input.build(new InputSource(new ByteArrayInputStream(bytes)));
        } catch (Exception e) {
            // Rome reports malformed XML and non-feeds with its own checked exceptions.
            sink.accept(Problems.failed(source, "not a readable RSS/Atom feed: " + e.getMessage()));
            return;
        } catch (StackOverflowError e) {
            sink.accept(nestedTooDeeply(source));
            return;
        }
        List<SyndEntry> entries = feed.getEntries();
        for (int i = 0; i < entries.size(); i++) {
            String name = source + "#" + (i + 1);
            try {
                sink.accept(readable(entries.get(i), feed, name));
            } catch (StackOverflowError e) {
                sink.accept(nestedTooDeeply(name));
            }
        }
    }

    /**
     * The XML parser and Rome's tree recurse per element, so a hostile feed can nest deeper than
     * any stack. That feed (or entry) fails; the stack has unwound by now and the run goes on.
     */
    private static RawDocument nestedTooDeeply(String source) {
        return Problems.failed(source, "not a readable RSS/Atom feed: elements nested too deeply");
    }

    /** One entry, or its failure: a field Rome gives that nothing here expected fails that entry alone. */
    private static RawDocument readable(SyndEntry entry, SyndFeed feed, String source) {
        try {
            return entry(entry, feed, source);
        } catch (RuntimeException e) {
            return Problems.failed(source, "unreadable feed entry: " + e.getMessage());
        }
    }

    private static RawDocument entry(SyndEntry entry, SyndFeed feed, String source) {
        String html = content(entry);
        if (html.isBlank()) {
            return Problems.skipped(source, "feed entry without content");
        }
        Metadata metadata = Metadata.empty()
                .withUrl(blankToNull(entry.getLink()))
                .withTitle(blankToNull(title(entry)))
                .withOutlet(blankToNull(feed.getTitle()))
                .withAuthor(blankToNull(entry.getAuthor()))
                .withLanguage(blankToNull(feed.getLanguage()))
                .withPublished(date(entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate()));
        return new RawDocument(source, ContentKind.HTML, ("<html><body>" + html + "</body></html>").getBytes(StandardCharsets.UTF_8),
                Optional.of("UTF-8"), metadata, Optional.empty());
    }

    /**
     * The entry's title as text. An Atom title of type "html" or "xhtml" is markup (escaped or
     * inline): "&lt;b&gt;Talks&lt;/b&gt; resume" is read as "Talks resume", not with its tags.
     */
    private static String title(SyndEntry entry) {
        SyndContent title = entry.getTitleEx();
        if (title == null || title.getValue() == null) {
            return entry.getTitle();
        }
        String type = title.getType() == null ? "" : title.getType();
        return type.contains("html") ? Jsoup.parse(title.getValue()).text() : title.getValue();
    }

    private static String content(SyndEntry entry) {
        StringBuilder html = new StringBuilder();
        for (SyndContent c : entry.getContents()) {
            html.append(c.getValue() == null ? "" : c.getValue());
        }
        if (html.length() == 0 && entry.getDescription() != null && entry.getDescription().getValue() != null) {
            html.append(entry.getDescription().getValue());
        }
        return html.toString();
    }

    /**
     * The entry's date, or none when the feed gives none or one no calendar date can hold (a
     * "pubDate" of year 20241 parses as an instant, but is no publication date).
     */
    private static PublicationDate date(Date date) {
        if (date == null) {
            return null;
        }
        LocalDate day = date.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
        return day.getYear() < 1 || day.getYear() > 9999 ? null
                : new PublicationDate(PartialDate.of(day), DateBasis.METADATA);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
