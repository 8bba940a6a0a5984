package dev.dossier.app.explain;

import static dev.dossier.app.explain.GoldRules.dateOf;
import static dev.dossier.app.explain.GoldRules.fold;
import static dev.dossier.app.explain.GoldRules.shortId;
import static dev.dossier.app.explain.GoldRules.str;
import static dev.dossier.app.explain.GoldRules.text;
import static dev.dossier.app.explain.GoldRules.truthy;
import static dev.dossier.app.explain.Scorecard.list;
import static dev.dossier.app.explain.Scorecard.strings;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * score.py's components ({@code Scorer.documents} … {@code Scorer.wire_groups}), each computing its
 * row exactly as the scorer does and keeping the items it failed, for {@link Explainer} to diagnose.
 * The methods mirror the scorer's and are as long as they are to stay comparable line by line.
 */
final class Components {
    /** One row of the score table. */
    record Row(String name, double value, String detail) {
    }

    /** A gold document check that failed: the check's name and what the dossier holds. */
    record DocumentCheck(JsonNode gold, String check, String got) {
    }

    /** What each component got wrong. */
    record Failures(List<DocumentCheck> documents, List<JsonNode> missedDeals, List<JsonNode> extraDeals,
                    List<Map.Entry<JsonNode, Scorecard.WrongSlot>> wrongSlots, List<JsonNode> missedEvents,
                    List<JsonNode> wrongStatus, List<JsonNode> extraEvents, List<JsonNode> missedContradictions,
                    List<JsonNode> extraContradictions, List<JsonNode> missedAttributions,
                    List<List<String>> missedWirePairs, List<List<String>> extraWirePairs) {
    }

    private final Scorecard card;
    private final List<Row> rows = new ArrayList<>();
    private final Failures failures = new Failures(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
            new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
            new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());

    private Components(Scorecard card) {
        this.card = card;
    }

    /** Every component, in score.py's order. */
    static Components of(Scorecard card) {
        Components c = new Components(card);
        c.documents();
        c.deals();
        c.events();
        c.provenance();
        c.contradictions();
        c.attributions();
        c.wireGroups();
        return c;
    }

    List<Row> rows() {
        return List.copyOf(rows);
    }

    Failures failures() {
        return failures;
    }

    /** The mean over the rows: score.py's last line. */
    double score() {
        return rows.stream().mapToDouble(Row::value).average().orElse(0);
    }

    private void documents() {
        int checks = 0;
        int passed = 0;
        for (JsonNode g : list(card.gold(), "documents")) {
            Optional<JsonNode> doc = card.docFor(str(g.get("file")));
            if (doc.isEmpty()) {
                failures.documents().add(new DocumentCheck(g, "missing from output", null));
                checks++;
                continue;
            }
            List<Check> results = documentChecks(g, doc.get());
            checks += results.size();
            for (Check r : results) {
                if (r.ok()) {
                    passed++;
                } else {
                    failures.documents().add(new DocumentCheck(g, r.name(), r.got()));
                }
            }
        }
        double acc = checks > 0 ? (double) passed / checks : 1.0;
        rows.add(new Row("documents", acc, passed + "/" + checks + " checks"));
    }

    private record Check(String name, boolean ok, String got) {
    }

    /** score.py's document checks, each with what the document holds. */
    private static List<Check> documentChecks(JsonNode g, JsonNode doc) {
        List<Check> results = new ArrayList<>();
        String body = fold(text(doc.get("body")));
        for (String probe : strings(g, "body_includes")) {
            results.add(new Check("keeps '" + head(probe) + "'", body.contains(fold(probe)), "not in the body"));
        }
        for (String probe : strings(g, "body_excludes")) {
            results.add(new Check("drops '" + head(probe) + "'", !body.contains(fold(probe)), "still in the body"));
        }
        if (g.has("title")) {
            results.add(new Check("title", fold(text(doc.get("title"))).equals(fold(text(g.get("title")))),
                    String.valueOf(text(doc.get("title")))));
        }
        String published = dateOf(doc.get("published")).orElse(null);
        if (g.has("published")) {
            String want = g.get("published").isNull() ? null : str(g.get("published"));
            results.add(new Check("published", GoldRules.datesAgree(want, published), String.valueOf(published)));
        }
        for (String bad : strings(g, "published_must_not_be")) {
            boolean ok = !GoldRules.datesAgree(bad, published == null ? "0000" : published);
            results.add(new Check("published is not " + bad, ok, String.valueOf(published)));
        }
        for (String key : List.of("outlet", "author")) {
            if (g.has(key)) {
                String got = doc.get(key) != null && doc.get(key).isTextual() ? fold(doc.get(key).asText()) : "";
                boolean ok;
                if (g.get(key).isNull()) {
                    ok = got.isEmpty();
                } else {
                    List<String> want = g.get(key).isArray() ? strings(g, key) : List.of(str(g.get(key)));
                    ok = !got.isEmpty() && want.stream().map(GoldRules::fold).anyMatch(
                            w -> got.equals(w) || (got.contains(w) && got.length() <= 3 * w.length()));
                }
                results.add(new Check(g.get(key).isNull() ? key + " is null" : key, ok,
                        String.valueOf(text(doc.get(key)))));
            }
        }
        return results;
    }

    private static String head(String probe) {
        return probe.codePointCount(0, probe.length()) <= 30 ? probe
                : probe.substring(0, probe.offsetByCodePoints(0, 30));
    }

    private void deals() {
        List<JsonNode> required = list(card.gold(), "deals").stream().filter(g -> !truthy(g.get("optional"))).toList();
        int slotChecks = 0;
        int slotOk = 0;
        for (JsonNode g : required) {
            Optional<JsonNode> deal = card.dealFor(str(g.get("id")));
            if (deal.isEmpty()) {
                failures.missedDeals().add(g);
            }
            Scorecard.SlotResults results = Scorecard.slotResults(g, deal.orElse(null));
            slotChecks += results.right().size() + results.wrong().size();
            slotOk += results.right().size();
            results.wrong().forEach(w -> failures.wrongSlots().add(Map.entry(g, w)));
        }
        List<JsonNode> scored = list(card.dossier(), "deals").stream()
                .filter(x -> truthy(x.get("supplier")) && truthy(x.get("recipient")) && truthy(x.get("system")))
                .filter(x -> card.isMatchedDeal(x) || card.inScope(x)).toList();
        List<JsonNode> extra = scored.stream().filter(x -> !card.isMatchedDeal(x)).toList();
        failures.extraDeals().addAll(extra);
        int found = (int) required.stream().filter(g -> card.dealFor(str(g.get("id"))).isPresent()).count();
        double[] prf = GoldRules.f1(scored.size() - extra.size(), scored.size(), found, required.size());
        rows.add(new Row("deals", prf[2], String.format(Locale.ROOT, "P %.2f R %.2f", prf[0], prf[1])));
        double acc = slotChecks > 0 ? (double) slotOk / slotChecks : 1.0;
        rows.add(new Row("deal slots", acc, slotOk + "/" + slotChecks + " right"));
    }

    private static final Map<String, Set<String>> STATUS_ALIKE = Map.of(
            "asserted", Set.of("asserted", "reported"), "reported", Set.of("reported", "asserted", "speculative"),
            "speculative", Set.of("speculative", "reported"), "planned", Set.of("planned"),
            "denied", Set.of("denied"), "disputed", Set.of("disputed"));

    private void events() {
        List<JsonNode> golds = list(card.gold(), "events");
        List<JsonNode> produced = list(card.dossier(), "events");
        int foundRequired = 0;
        int statusChecks = 0;
        int statusOk = 0;
        for (JsonNode g : golds) {
            List<JsonNode> hits = produced.stream().filter(e -> card.eventMatches(g, e, true, false)).toList();
            boolean optional = truthy(g.get("optional"));
            String status = text(g.get("status"));
            if (status != null && STATUS_ALIKE.containsKey(status) && !optional) {
                statusChecks++;
                boolean ok = hits.stream().anyMatch(e -> STATUS_ALIKE.get(status).contains(
                        Optional.ofNullable(text(e.get("status"))).filter(s -> !s.isEmpty()).orElse("asserted")));
                statusOk += ok ? 1 : 0;
                if (!hits.isEmpty() && !ok) {
                    failures.wrongStatus().add(g);
                }
            }
            if (!hits.isEmpty()) {
                foundRequired += optional ? 0 : 1;
            } else if (!optional) {
                failures.missedEvents().add(g);
            }
        }
        Set<String> types = new LinkedHashSet<>();
        golds.forEach(g -> types.add(text(g.get("type"))));
        List<JsonNode> scored = produced.stream()
                .filter(e -> types.contains(Optional.ofNullable(text(e.get("type"))).orElse("").toUpperCase(Locale.ROOT)))
                .filter(card::inScope).toList();
        Set<JsonNode> correct = Collections.newSetFromMap(new IdentityHashMap<>());
        for (JsonNode e : scored) {
            if (golds.stream().anyMatch(g -> card.eventMatches(g, e, true, true))) {
                correct.add(e);
            }
        }
        scored.stream().filter(e -> !correct.contains(e)).forEach(failures.extraEvents()::add);
        int required = (int) golds.stream().filter(g -> !truthy(g.get("optional"))).count();
        double[] prf = GoldRules.f1(correct.size(), scored.size(), foundRequired, required);
        rows.add(new Row("events", prf[2],
                String.format(Locale.ROOT, "P %.2f R %.2f (%d scored)", prf[0], prf[1], scored.size())));
        if (statusChecks > 0) {
            rows.add(new Row("event status", (double) statusOk / statusChecks, statusOk + "/" + statusChecks + " right"));
        }
    }

    private void provenance() {
        int total = 0;
        int ok = 0;
        for (JsonNode e : list(card.dossier(), "events")) {
            for (JsonNode s : list(e, "sources")) {
                String ref = Optional.ofNullable(text(s.get("document"))).orElse("");
                Optional<JsonNode> doc = card.docById(ref).or(() -> card.docFor(ref));
                total++;
                Optional<String> span = slice(doc.map(d -> text(d.get("body"))).orElse(""), s.get("start"), s.get("end"));
                if (span.isEmpty()) {
                    continue;
                }
                String quote = fold(text(s.get("quote")));
                ok += !quote.isEmpty() && quote.codePointCount(0, quote.length()) >= 10
                        && fold(span.get()).equals(quote) ? 1 : 0;
            }
        }
        double acc = total > 0 ? (double) ok / total : 0.0;
        rows.add(new Row("provenance", acc, ok + "/" + total + " event sources quote their span exactly"));
    }

    /** Python's body[start:end] over code points; empty when an offset is missing or not a number. */
    static Optional<String> slice(String body, JsonNode start, JsonNode end) {
        if (start == null || end == null || !(start.isNumber() || start.isTextual())
                || !(end.isNumber() || end.isTextual())) {
            return Optional.empty();
        }
        int s;
        int e;
        try {
            s = start.isNumber() ? start.asInt() : Integer.parseInt(start.asText().strip());
            e = end.isNumber() ? end.asInt() : Integer.parseInt(end.asText().strip());
        } catch (NumberFormatException ex) {
            return Optional.empty();
        }
        int n = body == null ? 0 : body.codePointCount(0, body.length());
        s = Math.max(0, Math.min(n, s < 0 ? n + s : s));
        e = Math.max(0, Math.min(n, e < 0 ? n + e : e));
        if (e <= s) {
            return Optional.of("");
        }
        return Optional.of(body.substring(body.offsetByCodePoints(0, s), body.offsetByCodePoints(0, e)));
    }

    private void contradictions() {
        Contradictions c = new Contradictions(card);
        List<JsonNode> golds = list(card.gold(), "contradictions");
        List<JsonNode> produced = c.producedOfGoldKinds();
        Set<Integer> used = new LinkedHashSet<>();
        int found = 0;
        for (JsonNode g : golds) {
            List<Integer> hits = new ArrayList<>();
            for (int i = 0; i < produced.size(); i++) {
                if (c.matches(g, produced.get(i))) {
                    hits.add(i);
                }
            }
            String kind = str(g.get("kind"));
            hits.sort(java.util.Comparator.comparing(
                    (Integer i) -> !Optional.ofNullable(text(produced.get(i).get("kind"))).orElse("")
                            .toLowerCase(Locale.ROOT).equals(kind)).thenComparing(i -> i));
            if (!hits.isEmpty()) {
                used.add(hits.stream().filter(i -> !used.contains(i)).findFirst().orElse(hits.get(0)));
                found += truthy(g.get("optional")) ? 0 : 1;
            } else if (!truthy(g.get("optional"))) {
                failures.missedContradictions().add(g);
            }
        }
        int correct = used.size();
        List<JsonNode> kept = new ArrayList<>();
        for (int i = 0; i < produced.size(); i++) {
            boolean self = "self".equals(Optional.ofNullable(text(produced.get(i).get("kind"))).orElse("")
                    .toLowerCase(Locale.ROOT));
            if (used.contains(i)) {
                kept.add(produced.get(i));
            } else if (!self) {
                kept.add(produced.get(i));
                failures.extraContradictions().add(produced.get(i));
            }
        }
        int required = (int) golds.stream().filter(g -> !truthy(g.get("optional"))).count();
        double[] prf = GoldRules.f1(correct, kept.size(), found, required);
        rows.add(new Row("contradictions", prf[2], String.format(Locale.ROOT, "P %.2f R %.2f", prf[0], prf[1])));
    }

    private void attributions() {
        List<JsonNode> golds = list(card.gold(), "attributions");
        if (golds.isEmpty()) {
            return;
        }
        int found = 0;
        for (JsonNode g : golds) {
            Set<String> docs = new LinkedHashSet<>(strings(g, "docs"));
            boolean hit = false;
            for (JsonNode e : list(card.dossier(), "events")) {
                for (JsonNode s : list(e, "sources")) {
                    hit |= docs.contains(card.refOf(str(s.get("document"))))
                            && Scorecard.speakerMatches(g, s) && Scorecard.stanceMatches(g, s);
                }
            }
            found += hit ? 1 : 0;
            if (!hit) {
                failures.missedAttributions().add(g);
            }
        }
        rows.add(new Row("attribution", (double) found / golds.size(), found + "/" + golds.size() + " found"));
    }

    private void wireGroups() {
        if (!card.gold().has("wire_groups")) {
            return;
        }
        Set<List<String>> goldPairs = new LinkedHashSet<>();
        for (JsonNode group : list(card.gold(), "wire_groups")) {
            List<String> members = new ArrayList<>();
            group.forEach(m -> members.add(str(m)));
            goldPairs.addAll(pairs(members));
        }
        Map<String, List<String>> members = new LinkedHashMap<>();
        for (JsonNode g : list(card.gold(), "documents")) {
            String ref = shortId(str(g.get("file")));
            card.docFor(ref).filter(doc -> truthy(doc.get("wire_group")))
                    .ifPresent(doc -> members.computeIfAbsent(str(doc.get("wire_group")), k -> new ArrayList<>()).add(ref));
        }
        Set<List<String>> gotPairs = new LinkedHashSet<>();
        members.values().forEach(m -> gotPairs.addAll(pairs(m)));
        long tp = goldPairs.stream().filter(gotPairs::contains).count();
        double[] prf = GoldRules.f1((int) tp, gotPairs.size(), (int) tp, goldPairs.size());
        rows.add(new Row("wire copies", prf[2],
                String.format(Locale.ROOT, "P %.2f R %.2f over document pairs", prf[0], prf[1])));
        goldPairs.stream().filter(p -> !gotPairs.contains(p)).forEach(failures.missedWirePairs()::add);
        gotPairs.stream().filter(p -> !goldPairs.contains(p)).forEach(failures.extraWirePairs()::add);
    }

    /** Unordered pairs (a < b, each pair sorted) of distinct members. */
    private static Set<List<String>> pairs(List<String> members) {
        Set<List<String>> out = new LinkedHashSet<>();
        for (String a : members) {
            for (String b : members) {
                if (a.compareTo(b) < 0) {
                    out.add(List.of(a, b));
                }
            }
        }
        return out;
    }
}
