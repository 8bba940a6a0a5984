package dev.dossier.pipeline;

import dev.dossier.model.Checks;
import dev.dossier.model.Document;
import dev.dossier.model.PartialDate;
import dev.dossier.model.PublicationDate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The dossier as it could have been written on {@code date}: only documents published by the end
 * of that day. A document dated only by month or year counts as published on the last day it
 * can mean (an article of "2022-03" could be from 31 March, so it is not known on 15 March).
 * Documents without a publication date, and documents that could not be read, are left out and
 * counted, since nothing says they were known by then.
 */
public record AsOf(LocalDate date) {
    public AsOf {
        Checks.present(date, "date");
    }

    /** What a cut left: the results kept, and how many were published later or give no date. */
    public record Cut(List<DocumentResult> kept, int publishedLater, int undated) {
        public Cut {
            kept = Checks.list(kept, "kept");
        }
    }

    public Cut cut(List<DocumentResult> results) {
        List<DocumentResult> kept = new ArrayList<>();
        int later = 0;
        int undated = 0;
        for (DocumentResult result : results) {
            Optional<PartialDate> published = published(result.annotated().document());
            if (published.isEmpty()) {
                undated++;
            } else if (latest(published.get()).isAfter(date)) {
                later++;
            } else {
                kept.add(result);
            }
        }
        return new Cut(kept, later, undated);
    }

    private static Optional<PartialDate> published(Document document) {
        return document.ok() ? document.metadata().published().map(PublicationDate::date) : Optional.empty();
    }

    /** The last day a partial date can mean. */
    public static LocalDate latest(PartialDate date) {
        return switch (date.precision()) {
            case YEAR -> LocalDate.of(date.year(), 12, 31);
            case MONTH -> LocalDate.of(date.year(), date.month(), 1).plusMonths(1).minusDays(1);
            case DAY -> date.earliest();
        };
    }
}
