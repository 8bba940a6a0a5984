package dev.dossier.report;

import dev.dossier.model.Contradiction;
import dev.dossier.model.Deal;
import dev.dossier.model.Document;
import dev.dossier.model.Event;
import dev.dossier.model.Evidence;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** {@code report.md}: the same report as the HTML page, as Markdown (the timeline as a dated list). */
final class MarkdownReport {
    private MarkdownReport() {}

    static String write(ReportData data) {
        StringBuilder out = new StringBuilder();
        out.append("# Dossier: ").append(inline(HtmlReport.title(data))).append("\n\n")
                .append(inline(Summary.of(data.dossier()))).append(".\n");
        out.append("\n## Deals\n");
        if (data.dossier().deals().isEmpty()) {
            out.append("\nThe documents describe no deal.\n");
        }
        data.listing().shown(data.dealsByEvidence()).forEach(deal -> deal(out, deal, data));
        unlisted(out, data, data.dealsByEvidence().size(), "deal");
        disputes(out, data);
        timeline(out, data);
        speakers(out, data);
        documents(out, data);
        return out.toString();
    }

    private static void deal(StringBuilder out, Deal deal, ReportData data) {
        out.append("\n### ").append(inline(deal.supplier() + " → " + deal.recipient() + ": " + deal.system()))
                .append(" (").append(lower(deal.status())).append(")\n\n");
        deal.supplierOrg().ifPresent(org -> out.append("- Supplier organisation: ").append(inline(org)).append('\n'));
        deal.recipientOrg().ifPresent(org -> out.append("- Recipient organisation: ").append(inline(org)).append('\n'));
        deal.follows().ifPresent(id -> out.append("- Follows deal `").append(inline(id)).append("`\n"));
        if (SlotRow.of(deal).stream().allMatch(row -> row.slot().isEmpty())) {
            out.append("\nNo ledger field (date, value, quantity, delivery) is reported for this deal.\n");
        } else {
            slotTable(out, deal);
        }
        evidence(out, deal, data);
    }

    private static void slotTable(StringBuilder out, Deal deal) {
        out.append("\n| Field | Value | Independent origins | Contested |\n|---|---|---|---|\n");
        for (SlotRow row : SlotRow.of(deal)) {
            out.append("| ").append(row.label()).append(" | ")
                    .append(row.slot().isEmpty() ? "*not reported*" : inline(row.display())).append(" | ")
                    .append(row.slot().map(s -> Integer.toString(s.independentSources())).orElse("")).append(" | ")
                    .append(row.contested() ? "yes" : "").append(" |\n");
        }
    }

    /** Each quote behind the deal's fields once, with the fields it supports and who printed it. */
    private static void evidence(StringBuilder out, Deal deal, ReportData data) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        Map<String, Quotes.Quote> quotes = new LinkedHashMap<>();
        for (SlotRow row : SlotRow.of(deal)) {
            row.slot().ifPresent(slot -> Quotes.behind(deal, row.name(), slot, data).stream()
                    .limit(HtmlReport.QUOTES_PER_SLOT).forEach(q -> {
                        quotes.putIfAbsent(q.text(), q);
                        fields.computeIfAbsent(q.text(), k -> new ArrayList<>()).add(row.label().toLowerCase(Locale.ROOT));
                    }));
        }
        quotes.forEach((text, quote) -> out.append("\n> ").append(languageTag(data.quoteLanguage(quote)))
                .append(inline(text)).append("\n>\n> — ")
                .append(Wording.capitalise(String.join(", ", fields.get(text)))).append(": ")
                .append(inline(String.join("; ", quote.sources().stream().map(e -> citation(e, data)).toList())))
                .append('\n'));
    }

    /** "[de] " before a quote not written in English (quotes are never translated); nothing otherwise. */
    static String languageTag(Optional<String> language) {
        return language.filter(code -> !code.equals("en")).map(code -> "[" + code + "] ").orElse("");
    }

    private static String citation(Evidence evidence, ReportData data) {
        String who = evidence.attributedTo().map(w -> w + ", ").orElse("")
                + evidence.via().map(v -> "via " + v + ", ").orElse("");
        return who + data.citation(evidence.document());
    }

    private static void disputes(StringBuilder out, ReportData data) {
        out.append("\n## Disputes\n\n");
        if (data.dossier().contradictions().isEmpty()) {
            out.append("The sources do not contradict each other.\n");
        }
        for (Contradiction c : data.listing().shown(data.dossier().contradictions())) {
            out.append("- ").append(inline(Disputes.explain(c, data))).append(" (").append(lower(c.kind()))
                    .append(")\n");
        }
        unlisted(out, data, data.dossier().contradictions().size(), "dispute");
    }

    private static void timeline(StringBuilder out, ReportData data) {
        out.append("\n## Timeline\n\n");
        List<Event> dated = data.dossier().timeline().stream().flatMap(id -> data.event(id).stream()).toList();
        for (Event e : data.listing().bestSourced(dated)) {
            out.append("- **").append(Wording.eventDate(e)).append("** ")
                    .append(inline(Wording.eventLabel(e))).append(" (").append(lower(e.status())).append(")\n");
        }
        unlisted(out, data, dated.size(), "dated event");
        List<Event> undated = data.dossier().undated().stream().flatMap(id -> data.event(id).stream()).toList();
        if (!undated.isEmpty()) {
            out.append("\nUndated:\n\n");
            for (Event e : data.listing().shown(undated)) {
                out.append("- ").append(inline(Wording.eventLabel(e)))
                        .append(e.dateNote().map(n -> " — " + inline(n)).orElse(""))
                        .append(" (").append(lower(e.status())).append(")\n");
            }
            unlisted(out, data, undated.size(), "undated event");
        }
    }

    private static void speakers(StringBuilder out, ReportData data) {
        List<Speakers.Claim> claims = Speakers.claims(data);
        if (claims.isEmpty()) {
            return;
        }
        out.append("\n## Who said what\n\n");
        for (Speakers.Claim claim : data.listing().shown(claims)) {
            String who = claim.speaker().isEmpty() ? claim.via() : claim.speaker()
                    + (claim.via().isEmpty() ? "" : " (via " + claim.via() + ")");
            out.append("- **").append(inline(who)).append("** (").append(lower(claim.evidence().stance())).append(") ")
                    .append(inline(Wording.eventLabel(claim.event()))).append(": ")
                    .append(languageTag(data.quoteLanguage(claim.evidence().document()))).append("“")
                    .append(inline(claim.evidence().quote().strip())).append("” — ")
                    .append(inline(data.citation(claim.evidence().document()))).append('\n');
        }
        unlisted(out, data, claims.size(), "attributed statement");
    }

    private static void documents(StringBuilder out, ReportData data) {
        out.append("\n## Documents\n\n| Source | Title | Outlet | Published | Status | Problem |\n|---|---|---|---|---|---|\n");
        for (Document doc : data.listing().shown(data.dossier().documents())) {
            out.append("| ").append(cell(doc.source())).append(" | ")
                    .append(cell(doc.metadata().title().orElse(""))).append(" | ")
                    .append(cell(doc.metadata().outlet().orElse(""))).append(" | ")
                    .append(doc.metadata().published().map(p -> p.date().iso()).orElse("")).append(" | ")
                    .append(lower(doc.status())).append(" | ")
                    .append(cell(doc.problem().orElse(""))).append(" |\n");
        }
        unlisted(out, data, data.dossier().documents().size(), "document");
    }

    /** The line saying how many items a capped list left out and where they are. */
    private static void unlisted(StringBuilder out, ReportData data, int total, String noun) {
        String line = data.listing().unlisted(total, noun);
        if (!line.isEmpty()) {
            out.append("\n*").append(line).append("*\n");
        }
    }

    /** Article text on one line, with Markdown and HTML that would change the page made literal. */
    static String inline(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.replaceAll("\\s+", " ").toCharArray()) {
            if ("\\`*_[]<>#|".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    private static String cell(String text) {
        return inline(text);
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

}
