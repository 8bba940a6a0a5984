package dev.dossier.app.explain;

import static dev.dossier.app.explain.GoldRules.str;
import static dev.dossier.app.explain.GoldRules.text;
import static dev.dossier.app.explain.GoldRules.truthy;
import static dev.dossier.app.explain.Scorecard.list;
import static dev.dossier.app.explain.Scorecard.strings;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dossier.app.explain.Finding.Near;
import dev.dossier.app.explain.Finding.Quote;
import dev.dossier.app.explain.Finding.Verdict;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Explains each failed item of a {@link Components} run: for a missed gold event, the candidate
 * sentences of its documents and the produced events of those documents that came closest, and
 * the stage that lost it (no document, no sentence, no trigger, wrong type, no or wrong date, wrong
 * role, merged into another event); for the other components, what differed and the sentences behind it.
 */
public final class Explainer {
    static final int MAX_SENTENCES = 5;
    static final int MAX_NEAR = 3;
    private final Scorecard card;
    private final Components components;
    private final Sentences sentences = new Sentences();
    private final DealFindings deals;
    private final OtherFindings others;

    private Explainer(Scorecard card) {
        this.card = card;
        this.components = Components.of(card);
        this.deals = new DealFindings(card, this);
        this.others = new OtherFindings(card, this);
    }

    /** Scores {@code dossier} against {@code gold} as score.py does and explains every failure. */
    public static Explanation explain(JsonNode gold, JsonNode dossier) {
        Explainer e = new Explainer(new Scorecard(gold, dossier));
        List<Explanation.Row> rows = e.components.rows().stream()
                .map(r -> new Explanation.Row(r.name(), r.value(), r.detail())).toList();
        return new Explanation(rows, e.components.score(), e.findings());
    }

    private List<Finding> findings() {
        Components.Failures f = components.failures();
        List<Finding> out = new ArrayList<>(others.documents(f.documents()));
        f.missedDeals().forEach(g -> out.add(deals.missed(g)));
        f.extraDeals().forEach(x -> out.add(deals.extra(x)));
        f.wrongSlots().forEach(w -> out.add(deals.slot(w.getKey(), w.getValue())));
        f.missedEvents().forEach(g -> out.add(missedEvent(g)));
        f.wrongStatus().forEach(g -> out.add(wrongStatus(g)));
        f.extraEvents().forEach(e -> out.add(extraEvent(e)));
        f.missedContradictions().forEach(g -> out.add(others.missedContradiction(g)));
        f.extraContradictions().forEach(c -> out.add(others.extraContradiction(c)));
        f.missedAttributions().forEach(g -> out.add(others.missedAttribution(g)));
        f.missedWirePairs().forEach(p -> out.add(others.wirePair(p, Verdict.MISSED)));
        f.extraWirePairs().forEach(p -> out.add(others.wirePair(p, Verdict.EXTRA)));
        return out;
    }

    // --- events --------------------------------------------------------------

    private Finding missedEvent(JsonNode g) {
        List<String> docs = strings(g, "docs");
        List<String> details = new ArrayList<>();
        List<String> present = presentDocuments(docs, details);
        String summary = goldEvent(g);
        if (present.isEmpty()) {
            return event(g, Verdict.MISSED, Stage.NO_DOCUMENT, summary, details, List.of(), List.of());
        }
        List<Quote> candidates = candidateSentences(g, present);
        List<JsonNode> fromDocs = eventsFrom(docs);
        List<JsonNode> sameType = fromDocs.stream().filter(e -> typeOf(e).equals(text(g.get("type"))))
                .sorted(Comparator.comparingInt(e -> card.mismatches(g, e, false).size())).toList();
        elsewhere(g, docs).ifPresent(details::add);
        if (!sameType.isEmpty()) {
            JsonNode best = sameType.get(0);
            List<Scorecard.Mismatch> why = card.mismatches(g, best, false);
            why.forEach(m -> details.add(m.describe()));
            List<Near> near = sameType.stream().limit(MAX_NEAR).map(e -> near(e, g, docs)).toList();
            return event(g, Verdict.MISSED, stageOf(g, best, why, docs), summary, details, candidates, near);
        }
        List<JsonNode> otherType = fromDocs.stream().filter(e -> quotedIn(e, docs, candidates)).toList();
        List<Near> near = otherType.stream().limit(MAX_NEAR).map(e -> near(e, g, docs)).toList();
        if (otherType.stream().anyMatch(e -> onlyTypeDiffers(g, e))) {
            return event(g, Verdict.MISSED, Stage.WRONG_TYPE, summary, details, candidates, near);
        }
        Stage stage = candidates.isEmpty() ? Stage.NO_SENTENCE : Stage.NO_TRIGGER;
        if (stage == Stage.NO_TRIGGER) {
            details.add("no " + text(g.get("type")) + " event read from " + String.join(", ", present));
        }
        return event(g, Verdict.MISSED, stage, summary, details, candidates, near);
    }

    /** A produced event of another type with the gold event's date, parties and system: the type was wrong. */
    private boolean onlyTypeDiffers(JsonNode g, JsonNode e) {
        com.fasterxml.jackson.databind.node.ObjectNode retyped = e.deepCopy();
        retyped.set("type", g.get("type"));
        return card.mismatches(g, retyped, false).isEmpty();
    }

    /** The stage a same-type event of the gold documents lost the gold event at. */
    private Stage stageOf(JsonNode g, JsonNode best, List<Scorecard.Mismatch> why, List<String> docs) {
        Set<String> fields = new LinkedHashSet<>();
        why.forEach(m -> fields.add(m.field()));
        if (fields.stream().anyMatch(Scorecard.ROLES::contains)) {
            return Stage.WRONG_ROLE;
        }
        if (fields.contains("system")) {
            return Stage.WRONG_SYSTEM;
        }
        if (mergedAway(g, best, docs)) {
            return Stage.MERGED;
        }
        return best.get("date") == null || best.get("date").isNull() ? Stage.NO_DATE : Stage.WRONG_DATE;
    }

    /**
     * The gold documents' sources of the event state the gold date or none, but other documents'
     * sources gave the merged event another date: reconciliation merged the claim into another event.
     */
    private boolean mergedAway(JsonNode g, JsonNode event, List<String> docs) {
        String want = GoldRules.dateOf(g.get("date")).orElse(null);
        if (GoldRules.dateOf(event.get("date")).isEmpty()) {
            return false;
        }
        boolean othersToo = card.sourceRefs(event).stream().anyMatch(r -> !docs.contains(r));
        boolean ownAgree = list(event, "sources").stream()
                .filter(s -> docs.contains(card.refOf(str(s.get("document")))))
                .allMatch(s -> GoldRules.dateOf(s.path("claims").get("date"))
                        .map(d -> GoldRules.datesAgree(want, d)).orElse(true));
        return othersToo && ownAgree;
    }

    /** A produced event that matches the gold one except that none of its sources is a gold document. */
    private Optional<String> elsewhere(JsonNode g, List<String> docs) {
        return list(card.dossier(), "events").stream().filter(e -> card.eventMatches(g, e, false, false)).findFirst()
                .map(e -> "found only from other documents: " + str(e.get("id")) + " "
                        + String.join(", ", card.sourceRefs(e)));
    }

    private Finding wrongStatus(JsonNode g) {
        List<JsonNode> hits = list(card.dossier(), "events").stream()
                .filter(e -> card.eventMatches(g, e, true, false)).toList();
        List<String> details = List.of("status " + hits.stream().map(e -> text(e.get("status"))).toList()
                + " (want " + text(g.get("status")) + ")");
        List<Near> near = hits.stream().limit(MAX_NEAR).map(e -> near(e, g, strings(g, "docs"))).toList();
        return event(g, Verdict.WRONG, Stage.WRONG_STATUS, goldEvent(g), details, List.of(), near);
    }

    private Finding extraEvent(JsonNode e) {
        Set<String> refs = card.sourceRefs(e);
        List<JsonNode> sameType = list(card.gold(), "events").stream()
                .filter(g -> typeOf(e).equals(text(g.get("type")))).toList();
        List<JsonNode> ranked = new ArrayList<>(sameType);
        ranked.sort(Comparator.comparing((JsonNode g) -> !card.sharesDocument(g, e))
                .thenComparingInt(g -> card.mismatches(g, e, true).size()));
        List<String> details = new ArrayList<>();
        Stage stage = Stage.NOT_IN_GOLD;
        if (ranked.isEmpty() || !card.sharesDocument(ranked.get(0), e)) {
            details.add("no gold " + typeOf(e) + " event in " + String.join(", ", refs));
        }
        if (!ranked.isEmpty()) {
            JsonNode g = ranked.get(0);
            List<Scorecard.Mismatch> why = card.mismatches(g, e, true);
            details.add("nearest gold " + str(g.get("id")) + ": " + goldEvent(g) + (why.isEmpty() ? ""
                    : " — " + String.join("; ", why.stream().map(Scorecard.Mismatch::describe).toList())));
            if (card.sharesDocument(g, e)) {
                stage = why.stream().anyMatch(m -> Scorecard.ROLES.contains(m.field())) ? Stage.WRONG_ROLE
                        : why.stream().anyMatch(m -> m.field().equals("system")) ? Stage.WRONG_SYSTEM
                        : Stage.WRONG_DATE;
            }
        }
        return new Finding(Component.EVENTS, story(refs), str(e.get("id")), Verdict.EXTRA, stage,
                describe(e) + " [" + String.join(" ", refs) + "]",
                details, quotes(e, List.of()), List.of());
    }

    private Finding event(JsonNode g, Verdict verdict, Stage stage, String summary, List<String> details,
            List<Quote> sentences, List<Near> near) {
        return new Finding(Component.EVENTS, story(strings(g, "docs")), str(g.get("id")), verdict, stage, summary,
                details, sentences, near);
    }

    private Near near(JsonNode e, JsonNode g, List<String> docs) {
        List<String> why = card.mismatches(g, e, false).stream().map(Scorecard.Mismatch::describe).toList();
        return new Near(producedEvent(e), why, quotes(e, docs));
    }

    /** Whether one of the event's quotes from the gold documents is (part of) a candidate sentence. */
    private boolean quotedIn(JsonNode e, List<String> docs, List<Quote> candidates) {
        return quotes(e, docs).stream().anyMatch(q -> candidates.stream().anyMatch(c -> c.document()
                .equals(q.document()) && (c.text().contains(q.text()) || q.text().contains(c.text()))));
    }

    // --- shared helpers ------------------------------------------------------

    /** Gold documents present and ok in the dossier; the others are described in {@code details}. */
    List<String> presentDocuments(Collection<String> docs, List<String> details) {
        List<String> present = new ArrayList<>();
        for (String ref : docs) {
            Optional<JsonNode> doc = card.docFor(ref);
            if (doc.isEmpty()) {
                details.add(ref + ": not in the dossier");
            } else if (!"ok".equals(Optional.ofNullable(text(doc.get().get("status"))).orElse("ok"))) {
                details.add(ref + ": " + text(doc.get().get("status")) + " (" + text(doc.get().get("problem")) + ")");
            } else {
                present.add(ref);
            }
        }
        return present;
    }

    /** Sentences of the documents that name the gold item's system or one of its parties. */
    List<Quote> candidateSentences(JsonNode g, List<String> docs) {
        Set<String> parties = new LinkedHashSet<>();
        for (String role : Scorecard.ROLES) {
            if (truthy(g.get(role))) {
                parties.add(GoldRules.party(g.get(role)));
            }
        }
        List<String> names = new ArrayList<>();
        Optional.ofNullable(text(g.get("system"))).ifPresent(names::add);
        names.addAll(strings(g, "system_aliases"));
        List<Quote> out = new ArrayList<>();
        for (String ref : docs) {
            String body = card.docFor(ref).map(d -> text(d.get("body"))).orElse("");
            sentences.candidates(body == null ? "" : body, text(g.get("system")), names, parties).stream()
                    .limit(3).forEach(line -> out.add(new Quote(ref, line.text())));
        }
        return out.stream().limit(MAX_SENTENCES).toList();
    }

    List<JsonNode> eventsFrom(Collection<String> docs) {
        return list(card.dossier(), "events").stream()
                .filter(e -> card.sourceRefs(e).stream().anyMatch(docs::contains)).toList();
    }

    /** An event's quotes, those from {@code preferred} documents first. */
    List<Quote> quotes(JsonNode e, Collection<String> preferred) {
        List<Quote> first = new ArrayList<>();
        List<Quote> rest = new ArrayList<>();
        for (JsonNode s : list(e, "sources")) {
            String ref = card.refOf(str(s.get("document")));
            Quote q = new Quote(ref, Optional.ofNullable(text(s.get("quote"))).orElse(""));
            (preferred.contains(ref) ? first : rest).add(q);
        }
        first.addAll(rest);
        return first.stream().distinct().limit(MAX_NEAR).toList();
    }

    static String typeOf(JsonNode e) {
        return Optional.ofNullable(text(e.get("type"))).orElse("").toUpperCase(Locale.ROOT);
    }

    static String goldEvent(JsonNode g) {
        return describe(g) + " [" + String.join(" ", strings(g, "docs")) + "]"
                + (truthy(g.get("optional")) ? " (optional)" : "");
    }

    String producedEvent(JsonNode e) {
        return str(e.get("id")) + " " + describe(e) + " [" + String.join(" ", card.sourceRefs(e)) + "]";
    }

    /** "TYPE date supplier → recipient system" (actor and target for the types that take them). */
    static String describe(JsonNode e) {
        String from = Optional.ofNullable(text(e.get("supplier"))).or(() -> Optional.ofNullable(text(e.get("actor"))))
                .orElse("?");
        String to = Optional.ofNullable(text(e.get("recipient"))).or(() -> Optional.ofNullable(text(e.get("target"))))
                .orElse("?");
        String date = GoldRules.dateOf(e.get("date")).orElse("undated");
        return typeOf(e) + " " + date + " " + from + " → " + to + " " + Optional.ofNullable(text(e.get("system")))
                .orElse("(no system)");
    }

    /** The story letter: the first letter of the first document's file name. */
    static String story(Collection<String> refs) {
        return refs.stream().filter(r -> !r.isEmpty()).sorted().findFirst()
                .map(r -> r.substring(0, 1).toUpperCase(Locale.ROOT)).orElse("-");
    }
}
