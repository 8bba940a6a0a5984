package dev.dossier.report.compare;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dossier.model.Checks;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What {@code dossier compare} found: each news deal paired with its SIPRI row and the verdict
 * on each field, the deals SIPRI lacks, and SIPRI's rows for the dossier's supplier/recipient
 * pairs that no deal of the dossier answers.
 */
public record Comparison(List<Pair> pairs, List<NewsDossier.Deal> dealsNotInSipri, List<SipriRow> rowsNotInNews) {
    public Comparison {
        pairs = List.copyOf(pairs);
        dealsNotInSipri = List.copyOf(dealsNotInSipri);
        rowsNotInNews = List.copyOf(rowsNotInNews);
    }

    /** A deal and its SIPRI row, with a verdict per field that either side gives. */
    public record Pair(NewsDossier.Deal deal, SipriRow row, List<FieldVerdict> fields) {
        public Pair {
            Checks.present(deal, "deal");
            Checks.present(row, "row");
            fields = List.copyOf(fields);
        }

        public Optional<FieldVerdict> field(Field field) {
            return fields.stream().filter(f -> f.field() == field).findFirst();
        }
    }

    /**
     * One field compared. {@code news} is the dossier's value as dossier.json writes it,
     * {@code sipri} SIPRI's (a year, a number, or a value with the words it was read from);
     * {@code sources}, {@code independentSources} and {@code quotes} are the news side's evidence;
     * {@code note} says why a verdict is what it is when that is not obvious ("" otherwise).
     */
    public record FieldVerdict(Field field, Optional<JsonNode> news, Optional<JsonNode> sipri, Verdict verdict,
            boolean sipriEstimate, List<String> sources, OptionalInt independentSources,
            List<NewsDossier.Quote> quotes, String note) {
        public FieldVerdict {
            Checks.present(field, "field");
            Checks.present(verdict, "verdict");
            sources = List.copyOf(sources);
            quotes = List.copyOf(quotes);
            Checks.present(note, "note");
        }
    }
}
