package dev.dossier.report;

import static dev.dossier.report.Html.escape;

import dev.dossier.model.Contradiction;
import dev.dossier.model.ContradictionValue;
import dev.dossier.model.Deal;
import dev.dossier.model.Document;
import dev.dossier.model.Event;
import dev.dossier.model.Evidence;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code report.html}: one self-contained page (inline CSS and SVG, no script, nothing fetched)
 * with the summary, each deal with its fields and the quotes behind them, the disputes in one
 * sentence each, the timeline, the events and the documents. Every article string is escaped.
 */
final class HtmlReport {
    static final int QUOTES_PER_SLOT = 3;
    private static final String CSS = ReportResources.text("report.css");

    private HtmlReport() {}

    static String write(ReportData data) {
        StringBuilder out = new StringBuilder(64 * 1024);
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>Dossier: ").append(escape(title(data))).append("</title>\n")
                .append("<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
        header(out, data);
        out.append("<main>\n");
        deals(out, data);
        disputes(out, data);
        timeline(out, data);
        speakers(out, data);
        events(out, data);
        documents(out, data);
        out.append("<footer>Written by Dossier. The same facts, with character offsets into each document, "
                + "are in <span class=\"mono\">dossier.json</span>; the ledger is in "
                + "<span class=\"mono\">ledger.csv</span>.</footer>\n</main>\n</body>\n</html>\n");
        return out.toString();
    }

    /** "Russia → Turkey: S-400" for the first deal, else a neutral title. */
    static String title(ReportData data) {
        List<Deal> deals = data.dealsByEvidence();
        if (deals.isEmpty()) {
            return "no deals found";
        }
        Deal first = deals.get(0);
        String more = deals.size() > 1 ? " and " + Wording.counted(deals.size() - 1, "more deal") : "";
        return first.supplier() + " → " + first.recipient() + ": " + first.system() + more;
    }

    private static void header(StringBuilder out, ReportData data) {
        out.append("<header class=\"top\"><div class=\"inner\">\n<h1>Dossier <span>")
                .append(escape(title(data))).append("</span></h1>\n<p class=\"summary\">")
                .append(escape(Summary.of(data.dossier()))).append("</p>\n<nav>")
                .append("<a href=\"#deals\">Deals</a><a href=\"#disputes\">Disputes</a>")
                .append("<a href=\"#timeline\">Timeline</a><a href=\"#speakers\">Who said what</a>")
                .append("<a href=\"#events\">Events</a>")
                .append("<a href=\"#documents\">Documents</a></nav>\n</div></header>\n");
    }

    private static void deals(StringBuilder out, ReportData data) {
        out.append("<h2 id=\"deals\">Deals</h2>\n");
        if (data.dossier().deals().isEmpty()) {
            out.append("<p class=\"none\">The documents describe no deal.</p>\n");
        }
        if (data.dossier().deals().size() > 1) {
            ledger(out, data);
        }
        for (Deal deal : data.listing().shown(data.dealsByEvidence())) {
            deal(out, deal, data);
        }
        unlisted(out, data, data.dealsByEvidence().size(), "deal");
    }

    /** Every deal on one line, SIPRI-style, each linked to its card. */
    private static void ledger(StringBuilder out, ReportData data) {
        out.append("<table class=\"data ledger\">\n<tr><th>Deal</th><th>Status</th>");
        SlotRow.of(data.dossier().deals().get(0)).forEach(row -> out.append("<th>").append(row.label()).append("</th>"));
        out.append("<th>Origins</th></tr>\n");
        for (Deal deal : data.listing().shown(data.dealsByEvidence())) {
            out.append("<tr><td><a href=\"#deal-").append(escape(deal.id())).append("\">")
                    .append(escape(deal.supplier() + " → " + deal.recipient() + ": " + deal.system())).append("</a>")
                    .append(deal.follows().isPresent() ? " <span class=\"more\">follow-on contract</span>" : "")
                    .append("</td><td>")
                    .append(badge(deal.status().name())).append("</td>");
            for (SlotRow row : SlotRow.of(deal)) {
                out.append("<td>").append(escape(row.display())).append(row.contested() ? " <span class=\"warn\">*</span>" : "")
                        .append("</td>");
            }
            out.append("<td>").append(data.originCount(data.evidenceOf(deal))).append("</td></tr>\n");
        }
        out.append("</table>\n<p class=\"more\"><span class=\"warn\">*</span> contested: other sources give another "
                + "value (see Disputes).</p>\n");
        unlisted(out, data, data.dealsByEvidence().size(), "deal");
    }

    private static void deal(StringBuilder out, Deal deal, ReportData data) {
        out.append("<section class=\"card deal\" id=\"deal-").append(escape(deal.id())).append("\">\n<h3>")
                .append(escape(deal.supplier() + " → " + deal.recipient() + ": " + deal.system()))
                .append(badge(deal.status().name())).append("</h3>\n");
        List<String> meta = new ArrayList<>();
        deal.supplierOrg().ifPresent(org -> meta.add("Supplier organisation: " + escape(org)));
        deal.recipientOrg().ifPresent(org -> meta.add("Recipient organisation: " + escape(org)));
        deal.follows().ifPresent(id -> meta.add("Follows <a href=\"#deal-" + escape(id) + "\">an earlier deal</a>"));
        java.util.Set<String> documents = data.evidenceOf(deal);
        meta.add("Evidence: " + Wording.counted(documents.size(), "document") + " from "
                + Wording.counted(data.originCount(documents), "independent origin"));
        out.append("<p class=\"meta\">").append(String.join(" · ", meta)).append("</p>\n");
        if (SlotRow.of(deal).stream().allMatch(row -> row.slot().isEmpty())) {
            out.append("<p class=\"none\">No ledger field (date, value, quantity, delivery) is reported for this deal.</p>\n");
        } else {
            out.append("<table class=\"slots\">\n<tr><th>Field</th><th>Value</th><th>Independent origins</th>"
                    + "<th>What the sources say</th></tr>\n");
            for (SlotRow row : SlotRow.of(deal)) {
                slotRow(out, deal, row, data);
            }
            out.append("</table>\n");
        }
        dealEvents(out, deal, data);
        out.append("</section>\n");
    }

    /** The deal's events in brief, with the first quote of each: what the ledger row stands on. */
    private static void dealEvents(StringBuilder out, Deal deal, ReportData data) {
        List<Event> events = data.eventsOf(deal);
        if (events.isEmpty()) {
            return;
        }
        out.append("<details class=\"events\"").append(deal.events().size() <= 3 ? " open" : "")
                .append("><summary>").append(Wording.counted(events.size(), "event")).append("</summary><ul>\n");
        for (Event event : data.listing().bestSourced(events)) {
            out.append("<li><strong>").append(escape(Wording.eventDate(event))).append("</strong> ")
                    .append(escape(Wording.eventLabel(event))).append(badge(event.status().name()));
            List<Quotes.Quote> quotes = Quotes.merge(event.sources().stream().map(s -> s.evidence()).toList());
            quotes.stream().limit(2).forEach(q -> quote(out, q, data));
            out.append("</li>\n");
        }
        out.append("</ul>");
        unlisted(out, data, events.size(), "event");
        out.append("</details>\n");
    }

    private static void slotRow(StringBuilder out, Deal deal, SlotRow row, ReportData data) {
        out.append("<tr><td class=\"field\">").append(row.label()).append("</td>");
        if (row.slot().isEmpty()) {
            out.append("<td class=\"value none\">not reported</td><td class=\"origins\"></td><td></td></tr>\n");
            return;
        }
        out.append("<td class=\"value\">").append(escape(row.display()))
                .append(row.contested() ? badge("contested") : "").append(disputeLinks(deal, row, data))
                .append("</td><td class=\"origins\">")
                .append("<span class=\"num\">").append(row.slot().get().independentSources()).append("</span></td><td>");
        List<Quotes.Quote> quotes = Quotes.behind(deal, row.name(), row.slot().get(), data);
        quotes.stream().limit(QUOTES_PER_SLOT).forEach(q -> quote(out, q, data));
        if (quotes.size() > QUOTES_PER_SLOT) {
            out.append("<div class=\"more\">and ").append(Wording.counted(quotes.size() - QUOTES_PER_SLOT, "more quote"))
                    .append("</div>");
        } else if (quotes.isEmpty()) {
            out.append("<div class=\"more\">").append(escape(sourceNames(row.slot().get().sources(), data)))
                    .append("</div>");
        }
        out.append("</td></tr>\n");
    }

    /**
     * Links from a slot to the disputes about it, each with the values the other sides give: the
     * value disputes between sources, or, when only an article contradicts itself, that one.
     */
    private static String disputeLinks(Deal deal, SlotRow row, ReportData data) {
        String links = disputeLinks(deal, row, data, dev.dossier.model.ContradictionKind.VALUE);
        return links.isEmpty() ? disputeLinks(deal, row, data, dev.dossier.model.ContradictionKind.SELF) : links;
    }

    private static String disputeLinks(Deal deal, SlotRow row, ReportData data, dev.dossier.model.ContradictionKind kind) {
        StringBuilder links = new StringBuilder();
        for (Contradiction c : data.dossier().contradictions()) {
            if (c.kind() == kind && c.deal().equals(java.util.Optional.of(deal.id()))
                    && c.slot().equals(row.name())) {
                List<String> others = Disputes.sides(c).stream().map(side -> Wording.claimed(c.slot(), side.value()))
                        .filter(value -> !value.equals(row.display())).toList();
                links.append("<div class=\"more\"><a href=\"#dispute-").append(escape(c.id())).append("\">also reported: ")
                        .append(escape(String.join(", ", others))).append("</a></div>");
            }
        }
        return links.toString();
    }

    private static void quote(StringBuilder out, Quotes.Quote quote, ReportData data) {
        out.append(quoteOpening(data.quoteLanguage(quote))).append(escape(quote.text())).append("<cite>");
        List<String> citations = new ArrayList<>();
        for (Evidence evidence : quote.sources()) {
            StringBuilder cite = new StringBuilder();
            evidence.attributedTo().ifPresent(who -> cite.append(escape(who)).append(", "));
            evidence.via().ifPresent(via -> cite.append("via ").append(escape(via)).append(", "));
            cite.append(documentLink(evidence.document(), data));
            if (evidence.stance() != dev.dossier.model.Stance.ASSERTS) {
                cite.append(badge(evidence.stance().name()));
            }
            if (!citations.contains(cite.toString())) {
                // two sources of one event can quote the same sentence of the same document
                citations.add(cite.toString());
            }
        }
        out.append(String.join("<br>", citations)).append("</cite></blockquote>");
    }

    /**
     * A quote's opening: marked with its language ({@code lang} for browsers and screen readers) and,
     * when it is not English, a visible tag naming the language, since quotes are never translated.
     */
    static String quoteOpening(Optional<String> language) {
        if (language.isEmpty()) {
            return "<blockquote>";
        }
        String code = escape(language.get());
        String tag = code.equals("en") ? "" : "<span class=\"lang\" title=\"written in " + code + "\">" + code + "</span> ";
        return "<blockquote lang=\"" + code + "\">" + tag;
    }

    /** A link to the document's row, or its name alone when the documents table leaves it out. */
    private static String documentLink(String document, ReportData data) {
        if (!data.documentListed(document)) {
            return escape(data.citation(document));
        }
        return "<a href=\"#doc-" + escape(document) + "\">" + escape(data.citation(document)) + "</a>";
    }

    private static String sourceNames(List<String> documents, ReportData data) {
        return String.join("; ", documents.stream().map(data::citation).toList());
    }

    private static void disputes(StringBuilder out, ReportData data) {
        out.append("<h2 id=\"disputes\">Disputes</h2>\n");
        List<Contradiction> contradictions = data.dossier().contradictions();
        if (contradictions.isEmpty()) {
            out.append("<p class=\"none\">The sources do not contradict each other.</p>\n");
            return;
        }
        out.append("<ul class=\"disputes\">\n");
        for (Contradiction c : data.listing().shown(contradictions)) {
            out.append("<li id=\"dispute-").append(escape(c.id())).append("\"><p>").append(escape(Disputes.explain(c, data)))
                    .append(badge(c.kind().name())).append("</p><div class=\"sides\">");
            List<String> sides = new ArrayList<>();
            for (ContradictionValue side : Disputes.sides(c)) {
                sides.add("<strong>" + escape(Wording.claimed(c.slot(), side.value())) + "</strong>: "
                        + escape(sourceNames(side.sources(), data)));
            }
            out.append(String.join(" · ", sides)).append("</div></li>\n");
        }
        out.append("</ul>\n");
        unlisted(out, data, contradictions.size(), "dispute");
    }

    private static void timeline(StringBuilder out, ReportData data) {
        out.append("<h2 id=\"timeline\">Timeline</h2>\n");
        List<Event> dated = data.dossier().timeline().stream().flatMap(id -> data.event(id).stream()).toList();
        if (dated.isEmpty()) {
            out.append("<p class=\"none\">No event has a date.</p>\n");
        } else {
            out.append("<div class=\"timeline\">").append(SvgTimeline.render(data.listing().bestSourced(dated)))
                    .append("</div>\n").append(SvgTimeline.legend()).append('\n');
            unlisted(out, data, dated.size(), "dated event");
        }
        List<Event> undated = data.dossier().undated().stream().flatMap(id -> data.event(id).stream()).toList();
        if (!undated.isEmpty()) {
            out.append("<h3 style=\"margin-top:18px\">Undated</h3>\n<ul class=\"undated\">\n");
            for (Event event : data.listing().shown(undated)) {
                out.append("<li>").append(escape(Wording.eventLabel(event)))
                        .append(event.dateNote().map(n -> " <span class=\"none\">(" + escape(n) + ")</span>").orElse(""))
                        .append(badge(event.status().name())).append("</li>\n");
            }
            out.append("</ul>\n");
            unlisted(out, data, undated.size(), "undated event");
        }
    }

    /** Who said what: the attributed sources, by speaker. */
    private static void speakers(StringBuilder out, ReportData data) {
        List<Speakers.Claim> claims = Speakers.claims(data);
        if (claims.isEmpty()) {
            return;
        }
        out.append("<h2 id=\"speakers\">Who said what</h2>\n<table class=\"data\">\n<tr><th>Speaker</th><th>Via</th>"
                + "<th>About</th><th>Stance</th><th>Words</th></tr>\n");
        for (Speakers.Claim claim : data.listing().shown(claims)) {
            out.append("<tr><td>").append(escape(claim.speaker())).append("</td><td>").append(escape(claim.via()))
                    .append("</td><td>").append(escape(Wording.eventLabel(claim.event()))).append("</td><td>")
                    .append(badge(claim.evidence().stance().name())).append("</td><td>");
            out.append(quoteOpening(data.quoteLanguage(claim.evidence().document())))
                    .append(escape(claim.evidence().quote().strip())).append("<cite>")
                    .append(documentLink(claim.evidence().document(), data)).append("</cite></blockquote></td></tr>\n");
        }
        out.append("</table>\n");
        unlisted(out, data, claims.size(), "attributed statement");
    }

    private static void events(StringBuilder out, ReportData data) {
        out.append("<h2 id=\"events\">Events</h2>\n<table class=\"data\">\n<tr><th>Date</th><th>Event</th>"
                + "<th>Status</th><th>Sources</th><th>Origins</th></tr>\n");
        List<Event> events = inTimelineOrder(data);
        for (Event event : data.listing().bestSourced(events)) {
            List<String> documents = event.sources().stream().map(s -> s.evidence().document()).distinct().toList();
            out.append("<tr><td>").append(escape(Wording.eventDate(event))).append("</td><td>")
                    .append(escape(Wording.eventLabel(event))).append("</td><td>")
                    .append(badge(event.status().name())).append("</td><td>")
                    .append(escape(sourceNames(documents, data))).append("</td><td>")
                    .append(data.originCount(documents)).append("</td></tr>\n");
        }
        out.append("</table>\n");
        unlisted(out, data, events.size(), "event");
    }

    /** Dated events in date order, then the undated ones, then any the timeline does not list. */
    private static List<Event> inTimelineOrder(ReportData data) {
        java.util.LinkedHashSet<String> ids = new java.util.LinkedHashSet<>(data.dossier().timeline());
        ids.addAll(data.dossier().undated());
        data.dossier().events().forEach(e -> ids.add(e.id()));
        return ids.stream().flatMap(id -> data.event(id).stream()).toList();
    }

    private static void documents(StringBuilder out, ReportData data) {
        out.append("<h2 id=\"documents\">Documents</h2>\n<table class=\"data\">\n<tr><th>Source</th><th>Title</th>"
                + "<th>Outlet</th><th>Published</th><th>Origin</th><th>Status</th><th>Problem</th></tr>\n");
        for (Document doc : data.listing().shown(data.dossier().documents())) {
            String origin = data.group(doc.id()).flatMap(g -> g.origin().or(g::wireGroup)).orElse("");
            out.append("<tr id=\"doc-").append(escape(doc.id())).append("\"><td class=\"mono\">")
                    .append(escape(doc.source())).append("</td><td>")
                    .append(doc.metadata().url().map(u -> Html.link(u, doc.metadata().title().orElse(u)))
                            .orElse(escape(doc.metadata().title().orElse(""))))
                    .append("</td><td>").append(escape(doc.metadata().outlet().orElse(""))).append("</td><td>")
                    .append(escape(doc.metadata().published().map(p -> p.date().iso()).orElse(""))).append("</td><td>")
                    .append(escape(origin)).append("</td><td>").append(badge(doc.status().name()))
                    .append("</td><td class=\"problem\">").append(escape(doc.problem().orElse("")))
                    .append("</td></tr>\n");
        }
        out.append("</table>\n");
        unlisted(out, data, data.dossier().documents().size(), "document");
    }

    /** The line saying how many items a capped list left out and where they are. */
    private static void unlisted(StringBuilder out, ReportData data, int total, String noun) {
        String line = data.listing().unlisted(total, noun);
        if (!line.isEmpty()) {
            out.append("<p class=\"more unlisted\">").append(escape(line)).append("</p>\n");
        }
    }

    /** A small label; {@code word} is one of our enum names, never article text. */
    static String badge(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return "<span class=\"badge " + Html.token(lower) + "\">" + escape(lower.replace('_', ' ')) + "</span>";
    }
}
