package dev.dossier.report.compare;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Writes {@code compare.md}: the pairs with a verdict table each, the deals SIPRI lacks and the
 * SIPRI rows no article mentions. Long lists stop after {@link #MAX_LISTED} items and say how
 * many more compare.json holds.
 */
final class CompareMarkdown {
    static final int MAX_LISTED = 300;

    private CompareMarkdown() {}

    static String write(Comparison comparison) {
        StringBuilder md = new StringBuilder("# The dossier compared with SIPRI\n\n");
        md.append(String.format(Locale.ROOT, "%d deals paired with a SIPRI row, %d deals SIPRI lacks, "
                + "%d SIPRI rows for the dossier's supplier/recipient pairs that no article mentions.%n%n",
                comparison.pairs().size(), comparison.dealsNotInSipri().size(), comparison.rowsNotInNews().size()));
        md.append("Verdicts: agree, differ, news_only (SIPRI has none), sipri_only (the news has none), "
                + "incomparable (different units or currencies). SIPRI records years only; dates agree when the "
                + "years do.\n\n## Pairs\n");
        comparison.pairs().stream().limit(MAX_LISTED).forEach(p -> pair(md, p));
        more(md, comparison.pairs().size());
        dealsNotInSipri(md, comparison.dealsNotInSipri());
        rowsNotInNews(md, comparison.rowsNotInNews());
        return md.toString();
    }

    private static void pair(StringBuilder md, Comparison.Pair pair) {
        NewsDossier.Deal deal = pair.deal();
        SipriRow row = pair.row();
        md.append("\n### ").append(cell(deal.supplier())).append(" → ").append(cell(deal.recipient())).append(": ")
                .append(cell(deal.system())).append(" (deal ").append(cell(deal.id())).append(")\n\n");
        md.append("SIPRI: ").append(cell(row.designation())).append(", ").append(cell(row.description()))
                .append(row.orderYear().isPresent() ? ", ordered " + row.orderYear().getAsInt() : "")
                .append(" (line ").append(row.line()).append(")")
                .append(row.comments().isEmpty() ? "" : ": " + cell(row.comments())).append("\n\n");
        md.append("| field | news | independent origins | SIPRI | verdict |\n|---|---|---|---|---|\n");
        for (Comparison.FieldVerdict f : pair.fields()) {
            md.append("| ").append(f.field().key()).append(" | ").append(shown(f.news())).append(" | ")
                    .append(f.independentSources().isPresent() ? String.valueOf(f.independentSources().getAsInt()) : "")
                    .append(" | ").append(shown(f.sipri())).append(f.sipriEstimate() ? " (estimate)" : "")
                    .append(" | ").append(f.verdict().key()).append(f.note().isEmpty() ? "" : ": " + cell(f.note()))
                    .append(" |\n");
        }
        for (Comparison.FieldVerdict f : pair.fields()) {
            f.quotes().stream().findFirst().ifPresent(q -> md.append("\n- ").append(f.field().key()).append(": “")
                    .append(cell(q.quote())).append("” (").append(cell(q.document())).append(")"));
        }
        md.append(pair.fields().stream().anyMatch(f -> !f.quotes().isEmpty()) ? "\n" : "");
    }

    private static void dealsNotInSipri(StringBuilder md, List<NewsDossier.Deal> deals) {
        md.append("\n## Deals SIPRI lacks\n\n");
        if (deals.isEmpty()) {
            md.append("None.\n");
            return;
        }
        md.append("| deal | supplier | recipient | system | status |\n|---|---|---|---|---|\n");
        deals.stream().limit(MAX_LISTED).forEach(d -> md.append("| ").append(cell(d.id())).append(" | ")
                .append(cell(d.supplier())).append(" | ").append(cell(d.recipient())).append(" | ")
                .append(cell(d.system())).append(" | ").append(cell(d.status())).append(" |\n"));
        more(md, deals.size());
    }

    private static void rowsNotInNews(StringBuilder md, List<SipriRow> rows) {
        md.append("\n## SIPRI rows no article mentions\n\n");
        if (rows.isEmpty()) {
            md.append("None.\n");
            return;
        }
        md.append("| supplier | recipient | designation | ordered | number | delivered in | comments |\n"
                + "|---|---|---|---|---|---|---|\n");
        rows.stream().limit(MAX_LISTED).forEach(r -> md.append("| ").append(cell(r.supplier())).append(" | ")
                .append(cell(r.recipient())).append(" | ").append(cell(r.designation())).append(" | ")
                .append(r.orderYear().isPresent() ? r.orderYear().getAsInt() : "").append(" | ")
                .append(r.numberOrdered().isPresent() ? r.numberOrdered().getAsInt() : "").append(" | ")
                .append(r.deliveryYears().stream().map(String::valueOf).collect(Collectors.joining(", "))).append(" | ")
                .append(cell(r.comments())).append(" |\n"));
        more(md, rows.size());
    }

    private static void more(StringBuilder md, int size) {
        if (size > MAX_LISTED) {
            md.append("\n… and ").append(size - MAX_LISTED).append(" more in compare.json.\n");
        }
    }

    private static String shown(Optional<JsonNode> value) {
        if (value.isEmpty()) {
            return "";
        }
        JsonNode v = value.get();
        if (v.has("currency")) {
            return cell(String.format(Locale.ROOT, "%s %,.0f", v.path("currency").asText(), v.path("amount").asDouble()));
        }
        if (v.has("unit")) {
            return cell(v.path("amount").asText() + " " + v.path("unit").asText());
        }
        return cell(v.asText());
    }

    /** Text on one line, with Markdown and HTML that would change the page (a pipe ends a cell) made literal. */
    static String cell(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.strip().replaceAll("\\s+", " ").toCharArray()) {
            if ("\\`*_[]<>#|".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }
}
