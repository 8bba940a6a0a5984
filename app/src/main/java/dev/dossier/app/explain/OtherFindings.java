package dev.dossier.app.explain;

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
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Explains failed document checks, contradictions, attributions and wire pairs. */
final class OtherFindings {
    private final Scorecard card;
    private final Explainer explainer;
    private final Contradictions contradictions;

    OtherFindings(Scorecard card, Explainer explainer) {
        this.card = card;
        this.explainer = explainer;
        this.contradictions = new Contradictions(card);
    }

    List<Finding> documents(List<Components.DocumentCheck> checks) {
        List<Finding> out = new ArrayList<>();
        for (Components.DocumentCheck c : checks) {
            String ref = GoldRules.shortId(str(c.gold().get("file")));
            boolean missing = c.got() == null && c.check().equals("missing from output");
            String want = c.check().startsWith("keeps") || c.check().startsWith("drops")
                    || c.check().startsWith("published is not") || c.check().endsWith("is null")
                    ? "" : " (want " + c.gold().get(c.check()) + ")";
            out.add(new Finding(Component.DOCUMENTS, Explainer.story(List.of(ref)), ref, Verdict.WRONG,
                    missing ? Stage.NO_DOCUMENT : Stage.DOCUMENT_FIELD, str(c.gold().get("file")) + ": " + c.check(),
                    missing ? List.of() : List.of("got " + c.got() + want), List.of(), List.of()));
        }
        return out;
    }

    Finding missedContradiction(JsonNode g) {
        List<String> details = new ArrayList<>();
        Optional<JsonNode> deal = Optional.ofNullable(text(g.get("deal"))).flatMap(card::dealFor);
        Stage stage = Stage.NOT_FLAGGED;
        if (g.has("deal") && deal.isEmpty()) {
            details.add("gold deal " + text(g.get("deal")) + " has no produced deal");
            stage = Stage.NO_DEAL;
        }
        for (Map.Entry<String, JsonNode> v : Contradictions.iterable(g.get("values"))) {
            List<String> docs = new ArrayList<>();
            v.getValue().forEach(d -> docs.add(str(d)));
            details.add("gold value " + v.getKey() + " from " + String.join(", ", docs) + ": "
                    + explainer.eventsFrom(docs).size() + " produced events from these documents");
        }
        deal.ifPresent(d -> details.add("produced " + str(d.get("id")) + "." + text(g.get("slot")) + " = "
                + d.path(text(g.get("slot"))).path("value")));
        List<Near> near = list(card.dossier(), "contradictions").stream().filter(c -> contradictions.onSameItem(g, c))
                .filter(c -> sameSlot(g, c)).limit(Explainer.MAX_NEAR).map(c -> near(g, c)).toList();
        Set<String> docs = new LinkedHashSet<>();
        Contradictions.iterable(g.get("values")).forEach(v -> v.getValue().forEach(d -> docs.add(str(d))));
        return new Finding(Component.CONTRADICTIONS, Explainer.story(docs), str(g.get("id")), Verdict.MISSED, stage,
                text(g.get("kind")) + " " + text(g.get("slot")) + " on " + text(g.get("deal")), details, List.of(), near);
    }

    private static boolean sameSlot(JsonNode g, JsonNode c) {
        return String.valueOf(text(c.get("slot"))).equalsIgnoreCase(String.valueOf(text(g.get("slot"))));
    }

    private Near near(JsonNode g, JsonNode c) {
        List<String> why = new ArrayList<>();
        if (!Contradictions.kindOf(c).equals(str(g.get("kind")).equals("self") ? "value" : str(g.get("kind")))) {
            why.add("kind " + text(c.get("kind")) + " (want " + text(g.get("kind")) + ")");
        } else if (Contradictions.kindOf(c).equals("value")) {
            why.add(contradictions.valueSidesTaken(g, c) + " of the gold values found with their documents (2 needed)");
        } else {
            why.add("the asserting and denying sides are not both from the gold documents");
        }
        return new Near(contradiction(c), why, List.of());
    }

    Finding extraContradiction(JsonNode c) {
        Set<String> refs = new LinkedHashSet<>();
        list(c, "values").forEach(v -> refs.addAll(card.refsOf(list(v, "sources"))));
        List<String> details = new ArrayList<>();
        list(card.gold(), "contradictions").stream().filter(g -> sameSlot(g, c) && contradictions.onSameItem(g, c))
                .findFirst().ifPresentOrElse(g -> details.add("gold " + str(g.get("id")) + " on this slot: "
                        + g.get("values")), () -> details.add("no gold contradiction on this deal and slot"));
        return new Finding(Component.CONTRADICTIONS, Explainer.story(refs), str(c.get("id")), Verdict.EXTRA,
                Stage.NOT_IN_GOLD, contradiction(c), details, List.of(), List.of());
    }

    private String contradiction(JsonNode c) {
        List<String> values = new ArrayList<>();
        for (JsonNode v : list(c, "values")) {
            values.add(v.path("value") + " " + card.refsOf(list(v, "sources")));
        }
        return str(c.get("id")) + " " + text(c.get("kind")) + " " + text(c.get("slot")) + " on " + text(c.get("deal"))
                + ": " + String.join(" vs ", values);
    }

    Finding missedAttribution(JsonNode g) {
        Set<String> docs = new LinkedHashSet<>(strings(g, "docs"));
        List<Near> near = new ArrayList<>();
        boolean speakerFound = false;
        for (JsonNode e : explainer.eventsFrom(docs)) {
            for (JsonNode s : list(e, "sources")) {
                String ref = card.refOf(str(s.get("document")));
                if (docs.contains(ref)) {
                    speakerFound |= Scorecard.speakerMatches(g, s);
                    near.add(new Near(str(e.get("id")) + " " + Explainer.typeOf(e) + " in " + ref,
                            List.of("attributed_to " + text(s.get("attributed_to")) + ", via " + text(s.get("via"))
                                    + ", stance " + text(s.get("stance"))),
                            List.of(new Quote(ref, String.valueOf(text(s.get("quote")))))));
                }
            }
        }
        Stage stage = near.isEmpty() ? Stage.NO_TRIGGER : speakerFound ? Stage.WRONG_STANCE : Stage.WRONG_SPEAKER;
        List<String> details = new ArrayList<>();
        if (near.isEmpty()) {
            details.add("no event source in " + String.join(", ", docs));
        }
        String summary = "speaker " + strings(g, "speaker_keys") + " (" + Optional.ofNullable(text(g.get("stance")))
                .orElse("any stance") + ") for " + text(g.get("event")) + " [" + String.join(" ", docs) + "]";
        return new Finding(Component.ATTRIBUTION, Explainer.story(docs), str(g.get("id")), Verdict.MISSED, stage,
                summary, details, List.of(), near.stream().limit(Explainer.MAX_SENTENCES).toList());
    }

    Finding wirePair(List<String> pair, Verdict verdict) {
        List<String> details = new ArrayList<>();
        for (String ref : pair) {
            Optional<JsonNode> doc = card.docFor(ref);
            details.add(ref + ": wire_group " + doc.map(d -> text(d.get("wire_group"))).orElse(null) + ", origin "
                    + doc.map(d -> text(d.get("origin"))).orElse(null));
        }
        return new Finding(Component.WIRE, Explainer.story(pair), String.join("+", pair), verdict,
                verdict == Verdict.MISSED ? Stage.NOT_GROUPED : Stage.NOT_IN_GOLD, String.join(" and ", pair),
                details, List.of(), List.of());
    }
}
