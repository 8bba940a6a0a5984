package dev.dossier.assertion;

import dev.dossier.model.AnnotatedDocument;
import dev.dossier.model.EntityType;
import dev.dossier.model.EventType;
import dev.dossier.model.Mention;
import dev.dossier.model.Roles;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The claims read so far in one document, so that a sentence that names no system or party
 * ("there were no new agreements", "It envisions the localisation of production") attaches to
 * the claim it answers: the most recent claim of the same type a few sentences back (a later
 * batch when the sentence says "new" or "further"), else a claim in the sentence just before,
 * else — for a definite reference such as "the sale" — the document's main topic.
 */
final class DiscourseContext {
    static final int SAME_TYPE_WINDOW = 4;
    /** Every claim so far, in reading order (so in sentence order). */
    private final List<Claim> claims = new ArrayList<>();
    /** The claims of a later batch (batch above one), the few that a "new"/"further" statement may answer. */
    private final List<Claim> laterBatches = new ArrayList<>();
    /**
     * The complete transfer claims so far, counted by their roles, in the order each roles was
     * first seen: what {@link #topic} ranks, without going over every claim at each question.
     */
    private final Map<Roles, Integer> transferCounts = new LinkedHashMap<>();
    private final Optional<Roles> documentTopic;
    /** The document's sentences with what was found in each, worked out once per document. */
    private final DocumentViews views;

    DiscourseContext(Optional<Roles> documentTopic, DocumentViews views) {
        this.documentTopic = documentTopic;
        this.views = views;
    }

    /**
     * The sentence whose index is one less than {@code v}'s, with what was found in it, looked up
     * in the document's views: constant time per claim, where searching the document's sentences
     * for it made a long document cost the square of its length.
     */
    Optional<SentenceView> sentenceBefore(SentenceView v) {
        return views.viewOfIndex(v.index() - 1);
    }

    /**
     * The deal a document is mostly about, before any claim is read: its most mentioned weapon
     * system, that system's country of origin, and the most mentioned other state.
     */
    static Optional<Roles> documentTopic(AnnotatedDocument doc) {
        Optional<Mention> weapon = mostMentioned(doc, EntityType.WEAPON, null);
        Optional<String> origin = weapon.flatMap(w -> w.entity().attribute("country"));
        Optional<Mention> buyer = origin.flatMap(o -> mostMentioned(doc, EntityType.COUNTRY, o));
        if (buyer.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Roles.transfer(origin.get(), buyer.get().entity().name(), weapon.get().entity().name()));
    }

    private static Optional<Mention> mostMentioned(AnnotatedDocument doc, EntityType type, String except) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, Mention> first = new LinkedHashMap<>();
        for (Mention m : doc.mentions()) {
            String name = m.entity().name();
            if (m.entity().type() == type && !name.equals(except)) {
                counts.merge(name, 1, Integer::sum);
                first.putIfAbsent(name, m);
            }
        }
        return counts.entrySet().stream().max(Comparator.comparingInt(Map.Entry::getValue))
                .map(e -> first.get(e.getKey()));
    }

    void add(Claim claim) {
        claims.add(claim);
        if (claim.batch().map(b -> b > 1).orElse(false)) {
            laterBatches.add(claim);
        }
        Roles r = claim.roles();
        if (claim.type().isTransfer() && r.system().isPresent() && r.supplier().isPresent() && r.recipient().isPresent()) {
            transferCounts.merge(r, 1, Integer::sum);
        }
    }

    /** The claim an anaphoric statement of {@code type} in sentence {@code sentence} most likely answers. */
    Optional<Claim> antecedent(EventType type, int sentence, boolean later, Roles named, int window) {
        List<Claim> recent = new ArrayList<>();
        for (int i = claims.size() - 1; i >= 0; i--) {
            Claim c = claims.get(i);
            if (sentence - c.sentence() > window && c.sentence() <= sentence) {
                break; // claims come in sentence order: every earlier one is further back still
            }
            if (sentence - c.sentence() <= window && c.complete() && compatible(c.roles(), named)) {
                recent.add(c);
            }
        }
        Optional<Claim> sameType = recent.stream().filter(c -> c.type() == type)
                .filter(c -> !later || c.batch().map(b -> b > 1).orElse(false)).findFirst();
        if (sameType.isEmpty() && later) {
            sameType = laterBatches.stream().filter(c -> c.type() == type)
                    .filter(c -> compatible(c.roles(), named)).reduce((a, b) -> b);
        }
        return sameType
                .or(() -> recent.stream().filter(c -> c.type() == type).findFirst())
                .or(() -> recent.stream().filter(c -> sentence - c.sentence() <= 1)
                        .filter(c -> c.type().isTransfer() == type.isTransfer()).findFirst());
    }

    /** The most frequent complete supplier→recipient→system among the claims so far (ties: the earliest). */
    Optional<Roles> topic(Roles named) {
        Map<String, Roles> first = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Map.Entry<Roles, Integer> counted : transferCounts.entrySet()) {
            Roles r = counted.getKey();
            if (compatible(r, named)) {
                String key = r.supplier().get() + "|" + r.recipient().get() + "|" + r.system().get();
                first.putIfAbsent(key, Roles.transfer(r.supplier().get(), r.recipient().get(), r.system().get()));
                counts.merge(key, counted.getValue(), Integer::sum);
            }
        }
        return counts.entrySet().stream().max(Comparator.comparingInt(Map.Entry::getValue))
                .map(e -> first.get(e.getKey()))
                .or(() -> documentTopic.filter(t -> compatible(t, named)));
    }

    /** The latest batch above one claimed for {@code type} with these roles, if any. */
    Optional<Integer> laterBatch(EventType type, Roles roles) {
        return laterBatches.stream().filter(c -> c.type() == type)
                .filter(c -> compatible(c.roles(), roles)).map(c -> c.batch().get()).reduce((a, b) -> b);
    }

    /** Named parties do not contradict the claim's parties (a state named here may fill either transfer role). */
    static boolean compatible(Roles claim, Roles named) {
        return agrees(claim.system(), named.system())
                && agreesAny(named.supplier(), claim) && agreesAny(named.recipient(), claim);
    }

    private static boolean agreesAny(Optional<String> party, Roles claim) {
        if (party.isEmpty()) {
            return true;
        }
        String p = party.get();
        return p.equals(claim.supplier().orElse(p)) || p.equals(claim.recipient().orElse(p))
                || claim.supplier().map(p::equals).orElse(false) || claim.recipient().map(p::equals).orElse(false)
                || p.equals(claim.actor().orElse(null)) || p.equals(claim.target().orElse(null));
    }

    private static boolean agrees(Optional<String> a, Optional<String> b) {
        return a.isEmpty() || b.isEmpty() || a.equals(b);
    }
}
