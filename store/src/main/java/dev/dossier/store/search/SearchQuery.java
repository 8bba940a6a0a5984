package dev.dossier.store.search;

import dev.dossier.model.Checks;
import dev.dossier.model.EventType;
import dev.dossier.model.PartialDate;
import java.util.Optional;

/**
 * What to look for: words (simple syntax: {@code "a phrase"}, {@code -not}, {@code a | b},
 * {@code prefix*}; blank matches everything) and filters. A date range keeps hits whose date
 * (a document's publication, a claim's event date) overlaps {@code from}…{@code to}, each at
 * its own precision.
 */
public record SearchQuery(
        String text,
        Optional<HitKind> kind,
        Optional<String> country,
        Optional<String> system,
        Optional<EventType> eventType,
        Optional<PartialDate> from,
        Optional<PartialDate> to,
        int offset,
        int limit) {

    public static final int MAX_LIMIT = 100;

    public SearchQuery {
        Checks.present(text, "text");
        Checks.present(kind, "kind");
        Checks.present(country, "country");
        Checks.present(system, "system");
        Checks.present(eventType, "eventType");
        Checks.present(from, "from");
        Checks.present(to, "to");
        Checks.nonNegative(offset, "offset");
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1 to " + MAX_LIMIT + ": " + limit);
        }
    }

    public static SearchQuery of(String text) {
        return new SearchQuery(text, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), 0, 20);
    }

    /** Whether a hit is a document or a claim (one source's quote of an event). */
    public enum HitKind { DOCUMENT, CLAIM }
}
