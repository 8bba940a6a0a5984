package dev.dossier.store.changes;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Where "changes since" starts: a revision number ({@code 12}), a day ({@code 2026-12-01}, from
 * its start in UTC) or an instant ({@code 2026-12-01T09:30:00Z}).
 */
public sealed interface Since {
    /** Since revision {@code number}: what it committed is not a change. */
    record Revision(long number) implements Since {
        public Revision {
            if (number < 0) {
                throw new IllegalArgumentException("a revision is 0 or more: " + number);
            }
        }
    }

    /** Since {@code instant}: what was committed before it is not a change. */
    record Moment(Instant instant) implements Since {}

    /** Reads a revision, an ISO day or an ISO instant; names what it expected otherwise. */
    static Since parse(String text) {
        String value = text == null ? "" : text.trim();
        if (value.matches("\\d{1,18}")) {
            return new Revision(Long.parseLong(value));
        }
        try {
            if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return new Moment(LocalDate.parse(value).atStartOfDay().toInstant(ZoneOffset.UTC));
            }
            return new Moment(Instant.parse(value));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + value + "' is neither a revision number, a date like 2026-12-01"
                    + " nor an instant like 2026-12-01T09:30:00Z", e);
        }
    }
}
