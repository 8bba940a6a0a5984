package dev.dossier.report;

import dev.dossier.model.Checks;
import dev.dossier.model.Event;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * How much of a long list the single-file reports show. report.md and report.html stay readable
 * (and a few megabytes, not hundreds) on a large corpus: each list stops after {@link #maxItems}
 * items, the best first where there is a best (deals by evidence, events by sources), and a line
 * says how many more there are and where all of them are: dossier.json and ledger.csv, the web
 * UI and API of {@code dossier serve}, the Parquet tables of {@code dossier spark}.
 */
record Listing(int maxItems) {
    static final int DEFAULT_MAX_ITEMS = 300;
    static final Listing DEFAULT = new Listing(DEFAULT_MAX_ITEMS);

    Listing {
        if (maxItems < 1) {
            throw new IllegalArgumentException("maxItems must be at least 1, not " + maxItems);
        }
    }

    /** The first {@code maxItems} items. */
    <T> List<T> shown(List<T> items) {
        Checks.present(items, "items");
        return items.size() <= maxItems ? items : List.copyOf(items.subList(0, maxItems));
    }

    /**
     * The {@code maxItems} events with the most distinct source documents (the earlier in the list
     * on a tie), kept in the list's order: the timeline of a large corpus shows what is best attested.
     */
    List<Event> bestSourced(List<Event> events) {
        if (events.size() <= maxItems) {
            return events;
        }
        List<Integer> kept = new ArrayList<>(IntStream.range(0, events.size()).boxed()
                .sorted(Comparator.comparingLong((Integer i) -> documents(events.get(i))).reversed()
                        .thenComparingInt(i -> i))
                .limit(maxItems).toList());
        kept.sort(Comparator.naturalOrder());
        return kept.stream().map(events::get).toList();
    }

    /** "… and 1200 more deals, not listed here …", or "" when nothing was left out. */
    String unlisted(int total, String noun) {
        if (total <= maxItems) {
            return "";
        }
        return "… and " + Wording.counted(total - maxItems, "more " + noun) + ", not listed here (this report shows "
                + maxItems + " of each list). dossier.json and ledger.csv hold them all; browse them with "
                + "dossier serve (web UI and REST API), or query the Parquet tables of dossier spark --parquet.";
    }

    private static long documents(Event event) {
        return event.sources().stream().map(s -> s.evidence().document()).distinct().count();
    }
}
