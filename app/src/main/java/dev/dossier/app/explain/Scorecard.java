package dev.dossier.app.explain;

import static dev.dossier.app.explain.GoldRules.dateOf;
import static dev.dossier.app.explain.GoldRules.fold;
import static dev.dossier.app.explain.GoldRules.party;
import static dev.dossier.app.explain.GoldRules.shortId;
import static dev.dossier.app.explain.GoldRules.text;
import static dev.dossier.app.explain.GoldRules.truthy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A gold file and a dossier with score.py's lookups and matches ({@code Scorer} there): which
 * produced document a gold reference names, which produced deal answers which gold deal (one to one,
 * required first), whether a produced event answers a gold one. {@link Components} computes the
 * component rows from it; {@link Explainer} asks it why an item did not match.
 */
final class Scorecard {
    static final List<String> ROLES = List.of("supplier", "recipient", "actor", "target");
    private static final Map<String, List<String>> ROLE_ALIASES = Map.of(
            "actor", List.of("recipient", "supplier"), "supplier", List.of("actor"),
            "recipient", List.of("actor", "target"), "target", List.of("recipient"));

    private final JsonNode gold;
    private final JsonNode dossier;
    private final Map<String, JsonNode> byId = new HashMap<>();
    private final Map<String, JsonNode> byFile = new HashMap<>();
    private final Set<String> goldParties = new LinkedHashSet<>();
    private final Map<String, JsonNode> dealMatch = new LinkedHashMap<>();

    Scorecard(JsonNode gold, JsonNode dossier) {
        this.gold = gold;
        this.dossier = dossier;
        for (JsonNode doc : list(dossier, "documents")) {
            String src = Optional.ofNullable(text(doc.get("source"))).or(() -> Optional.ofNullable(text(doc.get("path"))))
                    .orElse("");
            byId.put(GoldRules.str(doc.get("id")), doc);
            byFile.putIfAbsent(shortId(src), doc);
        }
        for (JsonNode x : concat(list(gold, "deals"), list(gold, "events"))) {
            for (String role : ROLES) {
                if (truthy(x.get(role))) {
                    goldParties.add(party(x.get(role)));
                }
            }
        }
        matchDeals();
    }

    JsonNode gold() {
        return gold;
    }

    JsonNode dossier() {
        return dossier;
    }

    static List<JsonNode> list(JsonNode node, String field) {
        JsonNode items = node == null ? null : node.get(field);
        List<JsonNode> out = new ArrayList<>();
        if (items != null && items.isArray()) {
            items.forEach(out::add);
        }
        return out;
    }

    static List<String> strings(JsonNode node, String field) {
        List<String> out = new ArrayList<>();
        for (JsonNode x : list(node, field)) {
            out.add(GoldRules.str(x));
        }
        return out;
    }

    private static List<JsonNode> concat(List<JsonNode> a, List<JsonNode> b) {
        List<JsonNode> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    /** The produced document a gold reference ("E-05", "E-05.txt") names. */
    Optional<JsonNode> docFor(String ref) {
        return Optional.ofNullable(byFile.get(shortId(ref)));
    }

    Optional<JsonNode> docById(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The file short id of a produced reference (document id or path). */
    String refOf(String docRef) {
        JsonNode doc = byId.get(docRef);
        return doc != null ? shortId(Optional.ofNullable(text(doc.get("source"))).orElse("")) : shortId(docRef);
    }

    Set<String> refsOf(Iterable<JsonNode> refs) {
        Set<String> out = new LinkedHashSet<>();
        for (JsonNode r : refs) {
            if (r != null && !r.isNull()) {
                out.add(refOf(GoldRules.str(r)));
            }
        }
        return out;
    }

    /** The file short ids of an event's sources. */
    Set<String> sourceRefs(JsonNode event) {
        List<JsonNode> docs = new ArrayList<>();
        for (JsonNode s : list(event, "sources")) {
            docs.add(s.get("document"));
        }
        return refsOf(docs);
    }

    boolean inScope(JsonNode item) {
        boolean any = false;
        for (String role : ROLES) {
            if (truthy(item.get(role))) {
                any = true;
                if (goldParties.contains(party(item.get(role)))) {
                    return true;
                }
            }
        }
        return !any;
    }

    // --- deals -------------------------------------------------------------

    boolean tripleMatches(JsonNode g, JsonNode deal) {
        return party(deal.get("supplier")).equals(party(g.get("supplier")))
                && party(deal.get("recipient")).equals(party(g.get("recipient")))
                && GoldRules.sameSystem(text(g.get("system")), text(deal.get("system")), strings(g, "system_aliases"));
    }

    private void matchDeals() {
        List<JsonNode> golds = new ArrayList<>(list(gold, "deals"));
        golds.sort((a, b) -> Boolean.compare(truthy(a.get("optional")), truthy(b.get("optional"))));
        Set<JsonNode> used = Collections.newSetFromMap(new IdentityHashMap<>());
        for (JsonNode g : golds) {
            JsonNode best = null;
            int bestRight = -1;
            for (JsonNode x : list(dossier, "deals")) {
                if (!used.contains(x) && tripleMatches(g, x)) {
                    int right = slotResults(g, x).right().size();
                    if (right > bestRight) {
                        best = x;
                        bestRight = right;
                    }
                }
            }
            if (best != null) {
                used.add(best);
                dealMatch.put(GoldRules.str(g.get("id")), best);
            }
        }
    }

    Optional<JsonNode> dealFor(String goldId) {
        return Optional.ofNullable(dealMatch.get(goldId));
    }

    boolean isMatchedDeal(JsonNode deal) {
        return dealMatch.values().stream().anyMatch(d -> d == deal);
    }

    /** One wrong slot: its name, the gold value and what the deal holds. */
    record WrongSlot(String slot, JsonNode want, JsonNode got) {
    }

    record SlotResults(List<String> right, List<WrongSlot> wrong) {
    }

    static SlotResults slotResults(JsonNode g, JsonNode deal) {
        JsonNode d = deal == null ? com.fasterxml.jackson.databind.node.NullNode.getInstance() : deal;
        List<String> right = new ArrayList<>();
        List<WrongSlot> wrong = new ArrayList<>();
        for (String slot : List.of("order_date", "first_delivery")) {
            if (g.has(slot)) {
                List<String> want = new ArrayList<>();
                if (g.get(slot).isArray()) {
                    g.get(slot).forEach(w -> want.add(w.isNull() ? null : GoldRules.str(w)));
                } else {
                    want.add(g.get(slot).isNull() ? null : GoldRules.str(g.get(slot)));
                }
                String got = dateOf(d.get(slot)).orElse(null);
                boolean ok = want.stream().anyMatch(w -> GoldRules.slotDateRight(w, got));
                add(ok, slot, g.get(slot), d.get(slot), right, wrong);
            }
        }
        if (g.has("value")) {
            Optional<GoldRules.Money> got = GoldRules.amountOf(d.get("value"));
            JsonNode gv = g.get("value");
            double amount = gv.path("amount").asDouble();
            boolean ok = got.isPresent() && got.get().amount() != null
                    && got.get().currency().equals(text(gv.get("currency")))
                    && Math.abs(got.get().amount() - amount) <= 0.02 * amount;
            add(ok, "value", gv, d.get("value"), right, wrong);
        }
        if (g.has("quantity")) {
            Optional<Double> got = GoldRules.numberOf(d.get("quantity"));
            boolean ok = got.isPresent() && got.equals(GoldRules.numberOf(g.get("quantity")));
            add(ok, "quantity", g.get("quantity"), d.get("quantity"), right, wrong);
        }
        return new SlotResults(right, wrong);
    }

    private static void add(boolean ok, String slot, JsonNode want, JsonNode got, List<String> right,
            List<WrongSlot> wrong) {
        if (ok) {
            right.add(slot);
        } else {
            wrong.add(new WrongSlot(slot, want, got));
        }
    }

    // --- events ------------------------------------------------------------

    static JsonNode roleOf(JsonNode e, String role) {
        if (truthy(e.get(role))) {
            return e.get(role);
        }
        for (String alt : ROLE_ALIASES.getOrDefault(role, List.of())) {
            if (truthy(e.get(alt))) {
                return e.get(alt);
            }
        }
        return null;
    }

    boolean eventMatches(JsonNode g, JsonNode e, boolean needSource, boolean lenientDate) {
        return mismatches(g, e, lenientDate).isEmpty() && (!needSource || sharesDocument(g, e));
    }

    boolean sharesDocument(JsonNode g, JsonNode e) {
        Set<String> refs = sourceRefs(e);
        return strings(g, "docs").stream().anyMatch(refs::contains);
    }

    /** Why a produced event does not answer a gold one, ignoring documents; empty when it does. */
    List<Mismatch> mismatches(JsonNode g, JsonNode e, boolean lenientDate) {
        List<Mismatch> out = new ArrayList<>();
        String type = Optional.ofNullable(text(e.get("type"))).orElse("").toUpperCase(java.util.Locale.ROOT);
        if (!type.equals(text(g.get("type")))) {
            out.add(new Mismatch("type", text(g.get("type")), type));
            return out;
        }
        String gotDate = dateOf(e.get("date")).orElse(null);
        String goldDate = truthyOrZero(g.get("date")) ? GoldRules.str(g.get("date")) : null;
        if (goldDate != null && !GoldRules.datesAgree(goldDate, gotDate) && !(lenientDate && gotDate == null)) {
            out.add(new Mismatch("date", goldDate, gotDate));
        }
        for (String role : ROLES) {
            if (truthy(g.get(role)) && !party(roleOf(e, role)).equals(party(g.get(role)))) {
                JsonNode got = roleOf(e, role);
                out.add(new Mismatch(role, text(g.get(role)), got == null ? null : text(got)));
            }
        }
        if (truthy(g.get("system"))
                && !GoldRules.sameSystem(text(g.get("system")), text(e.get("system")), strings(g, "system_aliases"))) {
            out.add(new Mismatch("system", text(g.get("system")), text(e.get("system"))));
        }
        return out;
    }

    private static boolean truthyOrZero(JsonNode node) {
        return node != null && !node.isNull() && !node.isMissingNode();
    }

    /** One field where a produced item differs from the gold one. */
    record Mismatch(String field, String want, String got) {
        String describe() {
            return got == null ? "no " + field + " (want " + want + ")" : field + " " + got + " (want " + want + ")";
        }
    }

    // --- attribution -------------------------------------------------------

    /** Whether one event source credits one of the gold speaker keys (stance aside). */
    static boolean speakerMatches(JsonNode gold, JsonNode source) {
        String said = fold(GoldRules.str(orEmpty(source.get("attributed_to"))) + " "
                + GoldRules.str(orEmpty(source.get("via"))));
        return strings(gold, "speaker_keys").stream().anyMatch(k -> said.contains(fold(k)));
    }

    static boolean stanceMatches(JsonNode gold, JsonNode source) {
        if (!gold.has("stance")) {
            return true;
        }
        String got = fold(Optional.ofNullable(text(source.get("stance"))).filter(s -> !s.isEmpty()).orElse("asserts"));
        String want = fold(GoldRules.str(gold.get("stance")));
        return got.substring(0, Math.min(3, got.length())).equals(want.substring(0, Math.min(3, want.length())));
    }

    private static JsonNode orEmpty(JsonNode node) {
        return truthy(node) ? node : com.fasterxml.jackson.databind.node.TextNode.valueOf("");
    }
}
