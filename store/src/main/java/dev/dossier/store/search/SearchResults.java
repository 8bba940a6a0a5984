package dev.dossier.store.search;

import dev.dossier.model.Checks;
import dev.dossier.model.EventType;
import dev.dossier.model.Span;
import dev.dossier.store.search.SearchQuery.HitKind;
import java.util.List;
import java.util.Optional;

/** One page of hits and how many there are in all. */
public record SearchResults(long total, List<Hit> hits) {
    public SearchResults {
        hits = Checks.list(hits, "hits");
    }

    /**
     * A document or a claim that matched. {@code snippet} is plain text; {@code highlights} are
     * ranges in it that matched the query (never markup, so that a client inserts it as text).
     * A claim carries its event, type and the span of its quote in the document's body.
     */
    public record Hit(
            HitKind kind,
            String document,
            Optional<String> event,
            Optional<EventType> eventType,
            Optional<Span> span,
            String title,
            Optional<String> date,
            String snippet,
            List<Span> highlights,
            float score) {
        public Hit {
            Checks.present(kind, "kind");
            Checks.text(document, "document");
            Checks.present(event, "event");
            Checks.present(eventType, "eventType");
            Checks.present(span, "span");
            Checks.present(title, "title");
            Checks.present(date, "date");
            Checks.present(snippet, "snippet");
            highlights = Checks.list(highlights, "highlights");
        }
    }
}
