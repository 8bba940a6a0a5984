package dev.dossier.app.explain;

import static dev.dossier.app.explain.GoldRules.fold;
import static dev.dossier.app.explain.GoldRules.str;
import static dev.dossier.app.explain.GoldRules.text;
import static dev.dossier.app.explain.GoldRules.truthy;
import static dev.dossier.app.explain.Scorecard.list;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** score.py's contradiction matching ({@code kind_of}, {@code contradiction_matches}). */
final class Contradictions {
    private final Scorecard card;

    Contradictions(Scorecard card) {
        this.card = card;
    }

    /** A self-contradiction (one document against itself) is a value contradiction for matching. */
    static String kindOf(JsonNode c) {
        String kind = Optional.ofNullable(text(c.get("kind"))).orElse("").toLowerCase(Locale.ROOT);
        return kind.equals("self") ? "value" : kind;
    }

    private static String goldKind(JsonNode g) {
        String kind = str(g.get("kind"));
        return kind.equals("self") ? "value" : kind;
    }

    /** The produced contradictions of the kinds the gold has (both kinds when it has none). */
    List<JsonNode> producedOfGoldKinds() {
        Set<String> kinds = new LinkedHashSet<>();
        list(card.gold(), "contradictions").forEach(g -> kinds.add(goldKind(g)));
        if (kinds.isEmpty()) {
            kinds.addAll(List.of("value", "polarity"));
        }
        return list(card.dossier(), "contradictions").stream().filter(c -> kinds.contains(kindOf(c))).toList();
    }

    /** Whether a produced contradiction stands on the gold one's deal or event (when it names one). */
    boolean onSameItem(JsonNode g, JsonNode c) {
        Optional<JsonNode> goldDeal = list(card.gold(), "deals").stream()
                .filter(x -> x.get("id") != null && x.get("id").equals(g.get("deal"))).findFirst();
        Optional<JsonNode> goldEvent = list(card.gold(), "events").stream()
                .filter(x -> x.get("id") != null && x.get("id").equals(g.get("event"))).findFirst();
        Optional<JsonNode> deal = goldDeal.flatMap(x -> card.dealFor(str(g.get("deal"))));
        Optional<JsonNode> event = list(card.dossier(), "events").stream()
                .filter(e -> truthy(c.get("event")) && e.get("id") != null && e.get("id").equals(c.get("event")))
                .findFirst();
        boolean onDeal = deal.isPresent() && java.util.Objects.equals(c.get("deal"), deal.get().get("id"));
        boolean onEvent = event.isPresent() && goldEvent.isPresent()
                && card.eventMatches(goldEvent.get(), event.get(), false, false);
        return (goldDeal.isEmpty() && goldEvent.isEmpty()) || onDeal || onEvent;
    }

    boolean matches(JsonNode g, JsonNode c) {
        if (!kindOf(c).equals(goldKind(g)) || !onSameItem(g, c)) {
            return false;
        }
        return goldKind(g).equals("value") ? valueSidesTaken(g, c) >= 2 : polarityAnswered(g, c);
    }

    /** How many gold values find their own produced value (score.py's {@code taken}). */
    int valueSidesTaken(JsonNode g, JsonNode c) {
        List<JsonNode> values = list(c, "values");
        Set<Integer> taken = new LinkedHashSet<>();
        for (Map.Entry<String, JsonNode> gv : iterable(g.get("values"))) {
            Set<String> gdocs = new LinkedHashSet<>();
            gv.getValue().forEach(d -> gdocs.add(str(d)));
            for (int i = 0; i < values.size(); i++) {
                JsonNode v = values.get(i);
                JsonNode value = v.get("value");
                if (taken.contains(i) || value == null || value.isNull()
                        || !GoldRules.valuesAgree(text(g.get("slot")), gv.getKey(), value)) {
                    continue;
                }
                if (truthy(v.get("sources")) && card.refsOf(list(v, "sources")).stream().noneMatch(gdocs::contains)) {
                    continue;
                }
                taken.add(i);
                break;
            }
        }
        return taken.size();
    }

    private boolean polarityAnswered(JsonNode g, JsonNode c) {
        Set<String> sides = new LinkedHashSet<>();
        for (JsonNode v : list(c, "values")) {
            String stance = fold(str(v.get("value")));
            String side = stance.startsWith("assert") || stance.startsWith("affirm") ? "asserted"
                    : stance.startsWith("den") ? "denied" : null;
            if (side != null) {
                Set<String> want = new LinkedHashSet<>(Scorecard.strings(g.get("values"), side));
                if (card.refsOf(list(v, "sources")).stream().anyMatch(want::contains)) {
                    sides.add(side);
                }
            }
        }
        return sides.contains("asserted") && sides.contains("denied");
    }

    static Iterable<Map.Entry<String, JsonNode>> iterable(JsonNode object) {
        List<Map.Entry<String, JsonNode>> out = new ArrayList<>();
        if (object != null && object.isObject()) {
            object.fields().forEachRemaining(out::add);
        }
        return out;
    }
}
