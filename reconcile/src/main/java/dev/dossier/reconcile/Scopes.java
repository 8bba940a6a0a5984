package dev.dossier.reconcile;

import dev.dossier.model.Assertion;
import dev.dossier.model.Contradiction;
import dev.dossier.model.Deal;
import dev.dossier.model.Event;
import dev.dossier.model.EventType;
import dev.dossier.model.PartialDate;
import dev.dossier.model.Reconciliation;
import dev.dossier.model.Roles;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How {@link EvidenceReconciler}'s work splits by weapon system, so that a store can re-reconcile
 * only the systems an add touches and get exactly what reconciling everything gives.
 *
 * <p>A claim that names its system (not a placeholder such as "drones") and is no sanction, waiver
 * or programme exclusion can only ever meet claims of the same system: events join claims whose
 * systems agree, deals are one supplier → recipient → system, contradictions stay inside a deal or
 * an event. Its scope is {@code sys:} and the system's key. Every other claim is unscoped, and a
 * store notes under which keys it could still reach scoped ones ({@link #postings}): a sanction
 * links to a deal whose recipient it targets; a claim without a system joins events of its type
 * whatever their system; a placeholder takes a system the claims about its parties name. A
 * re-reconcile of some scopes is exact when no stored document posts one of the keys
 * {@link #interference} gives for them; otherwise the store reconciles everything.
 *
 * <p>Parts are ordered by content ({@link #orderKeys}), not by where they come in one reconcile's
 * lists, so that parts spliced in from several reconciles read back in the order one whole
 * reconcile gives: events by date, type and first evidence; deals by their supplier, recipient and
 * system keys, then in the order reconcile gives one triple's deals; contradictions by deal, kind,
 * slot and event.
 */
public final class Scopes {
    /** What a document posts when some claim of it has no scope. */
    public static final String UNSCOPED = "~";
    private static final Set<EventType> ACTIONS = EnumSet.of(EventType.SANCTION, EventType.WAIVER,
            EventType.PROGRAM_EXCLUSION);
    /** Orders below every character a name or an id holds, so that keys compare as tuples. */
    private static final char SEPARATOR = '\u0001';
    private static final long DAY_OFFSET = 1_000_000_000_000L;

    private Scopes() {}

    /** The scope of a claim, or empty when it is unscoped. */
    public static Optional<String> of(Assertion a) {
        if (ACTIONS.contains(a.type()) || CategorySystems.placeholder(a)) {
            return Optional.empty();
        }
        return a.roles().system().map(Scopes::system);
    }

    /** The scope of an event, or empty for an action or an event without a system. */
    public static Optional<String> of(Event e) {
        return ACTIONS.contains(e.type()) ? Optional.empty() : e.roles().system().map(Scopes::system);
    }

    /** The scope of a deal: its system's. */
    public static String of(Deal d) {
        return system(d.system());
    }

    /**
     * Each part's scope by id: an event's own, a deal's system's, a contradiction's that of its
     * deal or else of its event. A part of no scope (an action, or a contradiction about one) is
     * not named.
     */
    public static Map<String, String> ofParts(Reconciliation parts) {
        Map<String, String> scopes = new HashMap<>();
        parts.events().forEach(e -> of(e).ifPresent(scope -> scopes.put(e.id(), scope)));
        parts.deals().forEach(d -> scopes.put(d.id(), of(d)));
        for (Contradiction c : parts.contradictions()) {
            String scope = c.deal().map(scopes::get).orElseGet(() -> c.event().map(scopes::get).orElse(null));
            if (scope != null) {
                scopes.put(c.id(), scope);
            }
        }
        return scopes;
    }

    /**
     * The keys a document with these claims is found under: each claim's scope, and for each
     * unscoped claim {@link #UNSCOPED} and the keys under which it could reach scoped claims.
     */
    public static Set<String> postings(Collection<Assertion> claims) {
        Set<String> keys = new LinkedHashSet<>();
        for (Assertion a : claims) {
            Optional<String> scope = of(a);
            if (scope.isPresent()) {
                keys.add(scope.get());
                continue;
            }
            keys.add(UNSCOPED);
            Roles r = a.roles();
            if (ACTIONS.contains(a.type())) {
                r.target().ifPresent(t -> keys.add("target:" + Keys.fold(t)));
            } else if (CategorySystems.placeholder(a)) {
                CategorySystems.key(a).ifPresent(k -> keys.add("placeholder:" + k));
            } else {
                keys.add("nosystem:" + a.type().name());
            }
        }
        return keys;
    }

    /**
     * The keys under which a stored unscoped claim would make a re-reconcile of {@code claims} alone
     * (with the deals they made before and make now) differ from reconciling everything.
     */
    public static Set<String> interference(Collection<Assertion> claims, Collection<Deal> deals) {
        Set<String> keys = new LinkedHashSet<>();
        for (Assertion a : claims) {
            keys.add("nosystem:" + a.type().name());
            CategorySystems.namedKeys(a).forEach(k -> keys.add("placeholder:" + k));
        }
        deals.forEach(d -> keys.add("target:" + Keys.fold(d.recipient())));
        return keys;
    }

    /**
     * Each part's order key, by id: sorting events, deals and contradictions by it (as strings)
     * gives the order reconcile lists them in. {@code reconciled} must hold every deal of each
     * supplier → recipient → system it names (a whole scope does).
     */
    public static Map<String, String> orderKeys(Reconciliation reconciled) {
        Map<String, String> keys = new HashMap<>();
        reconciled.events().forEach(e -> keys.put(e.id(), orderKey(e)));
        // a contradiction's event is in the same scope as its deal (or it is its own scope's)
        Map<String, Integer> perTriple = new HashMap<>();
        for (Deal d : reconciled.deals()) {
            String triple = triple(d);
            int index = perTriple.merge(triple, 1, Integer::sum);
            keys.put(d.id(), triple + SEPARATOR + String.format(Locale.ROOT, "%04d", index));
        }
        Map<dev.dossier.model.ContradictionKind, Integer> kinds = ContradictionFinder.kindOrder();
        for (Contradiction c : reconciled.contradictions()) {
            String deal = c.deal().map(id -> "0" + keys.get(id)).orElse("1");
            keys.put(c.id(), deal + SEPARATOR + kinds.get(c.kind()) + SEPARATOR + c.slot() + SEPARATOR
                    + c.event().map(keys::get).orElse("") + SEPARATOR + c.id());
        }
        return keys;
    }

    /** An event's order key: undated last, then the earliest day it may be, its type, its first evidence, its id. */
    static String orderKey(Event e) {
        LocalDate earliest = e.date().map(PartialDate::earliest).orElse(LocalDate.MIN);
        var first = e.sources().get(0).evidence();
        return (e.date().isEmpty() ? "1" : "0") + String.format(Locale.ROOT, "%013d", earliest.toEpochDay() + DAY_OFFSET)
                + SEPARATOR + String.format(Locale.ROOT, "%02d", e.type().ordinal()) + SEPARATOR + first.document()
                + SEPARATOR + String.format(Locale.ROOT, "%010d%010d", first.span().start(), first.span().end())
                + SEPARATOR + e.id();
    }

    /**
     * The timeline and the undated events of {@code events} in reconcile's order: dated events by
     * date (ties in list order), then the events the texts give no date for.
     */
    public static Timeline timeline(List<Event> events) {
        List<String> dated = events.stream().filter(e -> e.date().isPresent())
                .sorted(java.util.Comparator.comparing((Event e) -> e.date().get())).map(Event::id).toList();
        return new Timeline(dated, events.stream().filter(e -> e.date().isEmpty()).map(Event::id).toList());
    }

    /** Dated event ids in date order, and the undated ones. */
    public record Timeline(List<String> dated, List<String> undated) {}

    /** The key reconcile sorts one supplier → recipient → system's deals under. */
    private static String triple(Deal d) {
        return Keys.fold(d.supplier()) + "|" + Keys.fold(d.recipient()) + "|" + Keys.system(d.system());
    }

    private static String system(String name) {
        return "sys:" + Keys.system(name);
    }
}
