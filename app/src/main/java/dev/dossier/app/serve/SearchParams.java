package dev.dossier.app.serve;

import dev.dossier.app.serve.ApiException.Problem;
import dev.dossier.model.EventType;
import dev.dossier.model.PartialDate;
import dev.dossier.store.search.SearchQuery;
import dev.dossier.store.search.SearchQuery.HitKind;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads query parameters, collecting every problem before refusing the request: a client
 * learns all that is wrong with it at once.
 */
final class SearchParams {
    private final Context ctx;
    private final List<Problem> problems = new ArrayList<>();

    private SearchParams(Context ctx) {
        this.ctx = ctx;
    }

    static SearchQuery searchQuery(Context ctx) {
        SearchParams p = new SearchParams(ctx);
        String text = Optional.ofNullable(ctx.queryParam("q")).orElse("");
        if (text.length() > 1000) {
            p.problems.add(new Problem("q", "too_long", "at most 1000 characters"));
        }
        Optional<HitKind> kind = p.parsed("kind", v -> HitKind.valueOf(v.toUpperCase(Locale.ROOT)), "document or claim");
        Optional<EventType> type = p.eventType("type");
        Optional<PartialDate> from = p.parsed("from", PartialDate::parse, "an ISO date: 2019, 2019-07 or 2019-07-12");
        Optional<PartialDate> to = p.parsed("to", PartialDate::parse, "an ISO date: 2019, 2019-07 or 2019-07-12");
        int offset = p.integer("offset", 0, 0, 10_000);
        int limit = p.integer("limit", 20, 1, SearchQuery.MAX_LIMIT);
        p.check();
        return new SearchQuery(text, kind, p.text("country"), p.text("system"), type, from, to, offset, limit);
    }

    static Optional<EventType> eventType(Context ctx) {
        SearchParams p = new SearchParams(ctx);
        Optional<EventType> type = p.eventType("type");
        p.check();
        return type;
    }

    /** {@code as_of=YYYY-MM-DD}: the day the dossier is to be seen as of, if given. */
    static Optional<java.time.LocalDate> asOf(Context ctx) {
        SearchParams p = new SearchParams(ctx);
        Optional<java.time.LocalDate> date = p.parsed("as_of", SearchParams::isoDay, "a date like 2022-03-15");
        p.check();
        return date;
    }

    /** {@code since=}: a revision, a day or an instant, if given. */
    static Optional<dev.dossier.store.changes.Since> since(Context ctx) {
        SearchParams p = new SearchParams(ctx);
        Optional<dev.dossier.store.changes.Since> since = p.parsed("since", dev.dossier.store.changes.Since::parse,
                "a revision number, a date like 2026-12-01 or an instant like 2026-12-01T09:30:00Z");
        p.check();
        return since;
    }

    /** Refuses {@code since=} that the store cannot answer (past its revision, or older than its log). */
    static ApiException unanswerable(String parameter, IllegalArgumentException e) {
        return new ApiException(400, "invalid_parameters", "1 invalid parameter(s)",
                List.of(new Problem(parameter, "out_of_range", e.getMessage())));
    }

    private static java.time.LocalDate isoDay(String text) {
        try {
            return java.time.LocalDate.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    static int[] page(Context ctx, int defaultLimit, int maxLimit) {
        SearchParams p = new SearchParams(ctx);
        int offset = p.integer("offset", 0, 0, Integer.MAX_VALUE);
        int limit = p.integer("limit", defaultLimit, 1, maxLimit);
        p.check();
        return new int[] {offset, limit};
    }

    private Optional<EventType> eventType(String name) {
        return parsed(name, v -> EventType.valueOf(v.toUpperCase(Locale.ROOT)), "an event type such as delivery");
    }

    private Optional<String> text(String name) {
        return Optional.ofNullable(ctx.queryParam(name)).map(String::trim).filter(v -> !v.isEmpty());
    }

    private <T> Optional<T> parsed(String name, Function<String, T> parse, String expected) {
        Optional<String> raw = text(name);
        try {
            return raw.map(parse);
        } catch (IllegalArgumentException e) {
            problems.add(new Problem(name, "invalid_value", "'" + raw.orElse("") + "' is not " + expected));
            return Optional.empty();
        }
    }

    private int integer(String name, int fallback, int min, int max) {
        Optional<String> raw = text(name);
        try {
            int value = raw.map(Integer::parseInt).orElse(fallback);
            if (value < min || value > max) {
                problems.add(new Problem(name, "out_of_range", name + " must be " + min + " to " + max));
                return fallback;
            }
            return value;
        } catch (NumberFormatException e) {
            problems.add(new Problem(name, "not_a_number", "'" + raw.orElse("") + "' is not a whole number"));
            return fallback;
        }
    }

    private void check() {
        if (!problems.isEmpty()) {
            throw new ApiException(400, "invalid_parameters", problems.size() + " invalid parameter(s)",
                    List.copyOf(problems));
        }
    }
}
