package dev.dossier.app.serve;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import dev.dossier.store.changes.Change;
import dev.dossier.store.changes.ChangeSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The Atom feed of a store's changes: one entry per revision (newest first), its content the
 * changes in plain text with the documents that caused them. Rome writes and escapes the XML;
 * nothing here builds markup by hand. Ids are the server's own URLs, so two stores served on
 * two hosts do not share entry ids.
 */
final class ChangesFeed {
    private ChangesFeed() {}

    /** {@code feedUrl}: this feed's absolute address; {@code revisions}: newest first. */
    static String atom(String feedUrl, long currentRevision, List<ChangeSet> revisions) {
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType("atom_1.0");
        feed.setTitle("Dossier: changes to the store");
        feed.setDescription("New deals, events, slot values and contradictions, one entry per revision");
        feed.setLink(feedUrl);
        feed.setUri(feedUrl);
        feed.setAuthor("dossier serve");
        feed.setPublishedDate(Date.from(revisions.isEmpty() ? Instant.EPOCH
                : revisions.get(0).untilCommitted().orElse(Instant.EPOCH)));
        List<SyndEntry> entries = new ArrayList<>();
        revisions.forEach(r -> entries.add(entry(feedUrl, r)));
        feed.setEntries(entries);
        try {
            return new SyndFeedOutput().outputString(feed, true);
        } catch (FeedException e) {
            throw new IllegalStateException("cannot write the changes feed at revision " + currentRevision, e);
        }
    }

    private static SyndEntry entry(String feedUrl, ChangeSet revision) {
        SyndEntry entry = new SyndEntryImpl();
        String link = feedUrl.replace("/api/changes.atom", "/api/changes?since=" + revision.since());
        entry.setUri(feedUrl + "#revision-" + revision.until());
        entry.setLink(link);
        entry.setTitle(String.format(Locale.ROOT, "Revision %d: %d change(s), %d document(s) added",
                revision.until(), revision.changes().size(), revision.added().size()));
        Date committed = Date.from(revision.untilCommitted().orElse(Instant.EPOCH));
        entry.setUpdatedDate(committed);
        entry.setPublishedDate(committed);
        SyndContent content = new SyndContentImpl();
        content.setType("text");
        content.setValue(text(revision));
        entry.setContents(List.of(content));
        return entry;
    }

    /** The entry's text: each change with the titles of the documents behind it, then the documents added. */
    static String text(ChangeSet revision) {
        Map<String, String> titles = revision.added().stream().collect(Collectors.toMap(ChangeSet.AddedDocument::id,
                d -> d.title().orElse(d.source()), (a, b) -> a));
        StringBuilder text = new StringBuilder();
        for (Change change : revision.changes()) {
            text.append("• ").append(change.describe());
            if (!change.causes().isEmpty()) {
                text.append(" — from ").append(change.causes().stream().map(id -> "\"" + titles.getOrDefault(id, id)
                        + "\" (" + id + ")").collect(Collectors.joining(", ")));
            }
            text.append('\n');
        }
        revision.added().forEach(d -> text.append("Added: ").append(d.source())
                .append(d.title().map(t -> " — " + t).orElse("")).append(d.outlet().map(o -> ", " + o).orElse(""))
                .append('\n'));
        return text.toString().strip();
    }
}
