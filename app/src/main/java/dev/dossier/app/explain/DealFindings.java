package dev.dossier.app.explain;

import static dev.dossier.app.explain.GoldRules.party;
import static dev.dossier.app.explain.GoldRules.str;
import static dev.dossier.app.explain.GoldRules.text;
import static dev.dossier.app.explain.Scorecard.list;
import static dev.dossier.app.explain.Scorecard.strings;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dossier.app.explain.Finding.Near;
import dev.dossier.app.explain.Finding.Quote;
import dev.dossier.app.explain.Finding.Verdict;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Explains missed and extra deals and wrong deal slots. */
final class DealFindings {
    private final Scorecard card;
    private final Explainer explainer;

    DealFindings(Scorecard card, Explainer explainer) {
        this.card = card;
        this.explainer = explainer;
    }

    Finding missed(JsonNode g) {
        List<String> details = new ArrayList<>();
        List<JsonNode> events = list(card.dossier(), "events").stream().filter(e -> sameTriple(g, e)).toList();
        details.add(events.isEmpty() ? "no produced event has this supplier, recipient and system"
                : events.size() + " produced events have this triple (" + String.join(", ",
                        events.stream().map(Explainer::typeOf).distinct().toList()) + ") but no deal holds them");
        List<Near> near = list(card.dossier(), "deals").stream().filter(x -> related(g, x))
                .limit(Explainer.MAX_NEAR).map(x -> new Near(deal(x), differences(g, x), dealQuotes(x))).toList();
        List<Quote> sentences = events.stream().flatMap(e -> explainer.quotes(e, List.of()).stream())
                .distinct().limit(Explainer.MAX_SENTENCES).toList();
        return new Finding(Component.DEALS, Explainer.story(goldDocs(g)), str(g.get("id")), Verdict.MISSED,
                Stage.NO_DEAL, triple(g), details, sentences, near);
    }

    Finding extra(JsonNode x) {
        List<JsonNode> related = list(card.gold(), "deals").stream().filter(g -> related(g, x)).toList();
        Stage stage = Stage.NOT_IN_GOLD;
        List<String> details = new ArrayList<>();
        for (JsonNode g : related) {
            details.add("gold " + str(g.get("id")) + " " + triple(g) + ": " + String.join("; ", differences(g, x)));
            boolean sameSystem = GoldRules.sameSystem(text(g.get("system")), text(x.get("system")),
                    strings(g, "system_aliases"));
            stage = stage == Stage.NOT_IN_GOLD ? (sameSystem ? Stage.WRONG_ROLE : Stage.WRONG_SYSTEM) : stage;
        }
        if (related.isEmpty()) {
            details.add("no gold deal shares its system or its parties");
        }
        return new Finding(Component.DEALS, Explainer.story(refsOfDeal(x)), str(x.get("id")), Verdict.EXTRA, stage,
                triple(x), details, dealQuotes(x), List.of());
    }

    Finding slot(JsonNode g, Scorecard.WrongSlot w) {
        Optional<JsonNode> deal = card.dealFor(str(g.get("id")));
        boolean empty = w.got() == null || w.got().isNull();
        List<String> details = new ArrayList<>();
        details.add(w.slot() + ": want " + w.want() + ", got " + (empty ? "nothing"
                : w.got().has("value") ? w.got().get("value").toString() : w.got().toString()));
        JsonNode support = g.path("support").path(w.slot());
        if (support.isArray() && !support.isEmpty()) {
            details.add("gold support: " + String.join(", ", strings(g.get("support"), w.slot()))
                    + (empty ? " (sentences below: theirs that name the system or a party)" : ""));
        }
        List<String> supportDocs = strings(g.path("support"), w.slot());
        List<Quote> sentences = empty && !supportDocs.isEmpty()
                ? explainer.candidateSentences(g, explainer.presentDocuments(supportDocs, new ArrayList<>()))
                : deal.map(d -> slotQuotes(d, w.slot())).orElse(List.of());
        Stage stage = deal.isPresent() ? Stage.SLOT_VALUE : Stage.NO_DEAL;
        return new Finding(Component.SLOTS, Explainer.story(goldDocs(g)), str(g.get("id")) + "." + w.slot(),
                Verdict.WRONG, stage, triple(g), details, sentences, List.of());
    }

    /** The quotes of the deal's events from the documents its slot cites. */
    private List<Quote> slotQuotes(JsonNode deal, String slot) {
        Set<String> docs = card.refsOf(list(deal.path(slot), "sources"));
        return dealEvents(deal).stream().flatMap(e -> explainer.quotes(e, docs).stream())
                .filter(q -> docs.isEmpty() || docs.contains(q.document())).distinct()
                .limit(Explainer.MAX_SENTENCES).toList();
    }

    private boolean sameTriple(JsonNode g, JsonNode e) {
        return party(e.get("supplier")).equals(party(g.get("supplier")))
                && party(e.get("recipient")).equals(party(g.get("recipient")))
                && GoldRules.sameSystem(text(g.get("system")), text(e.get("system")), strings(g, "system_aliases"));
    }

    private static boolean related(JsonNode g, JsonNode x) {
        boolean parties = party(x.get("supplier")).equals(party(g.get("supplier")))
                && party(x.get("recipient")).equals(party(g.get("recipient")));
        return parties || GoldRules.sameSystem(text(g.get("system")), text(x.get("system")),
                strings(g, "system_aliases")) && !"*".equals(text(g.get("system")));
    }

    private static List<String> differences(JsonNode g, JsonNode x) {
        List<String> out = new ArrayList<>();
        for (String role : List.of("supplier", "recipient")) {
            if (!party(x.get(role)).equals(party(g.get(role)))) {
                out.add(role + " " + text(x.get(role)) + " (want " + text(g.get(role)) + ")");
            }
        }
        if (!GoldRules.sameSystem(text(g.get("system")), text(x.get("system")), strings(g, "system_aliases"))) {
            out.add("system " + text(x.get("system")) + " (want " + text(g.get("system")) + ")");
        }
        if (out.isEmpty()) {
            out.add("same triple, taken by another gold deal");
        }
        return out;
    }

    private List<JsonNode> dealEvents(JsonNode deal) {
        Set<String> ids = new LinkedHashSet<>(strings(deal, "events"));
        return list(card.dossier(), "events").stream().filter(e -> ids.contains(str(e.get("id")))).toList();
    }

    private List<Quote> dealQuotes(JsonNode deal) {
        return dealEvents(deal).stream().flatMap(e -> explainer.quotes(e, List.of()).stream()).distinct()
                .limit(Explainer.MAX_NEAR).toList();
    }

    private Set<String> refsOfDeal(JsonNode deal) {
        Set<String> refs = new LinkedHashSet<>();
        dealEvents(deal).forEach(e -> refs.addAll(card.sourceRefs(e)));
        return refs;
    }

    /** The documents behind a gold deal: its slots' support, else the gold events of its triple. */
    private List<String> goldDocs(JsonNode g) {
        Set<String> docs = new LinkedHashSet<>();
        Contradictions.iterable(g.get("support")).forEach(e -> e.getValue().forEach(d -> docs.add(str(d))));
        if (docs.isEmpty()) {
            list(card.gold(), "events").stream().filter(e -> sameTriple(g, e))
                    .forEach(e -> docs.addAll(strings(e, "docs")));
        }
        return List.copyOf(docs);
    }

    private String deal(JsonNode x) {
        return str(x.get("id")) + " " + triple(x);
    }

    static String triple(JsonNode x) {
        return text(x.get("supplier")) + " → " + text(x.get("recipient")) + " " + text(x.get("system"));
    }
}
