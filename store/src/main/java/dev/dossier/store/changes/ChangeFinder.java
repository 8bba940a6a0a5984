package dev.dossier.store.changes;

import dev.dossier.store.changes.Digest.ContradictionDigest;
import dev.dossier.store.changes.Digest.DealDigest;
import dev.dossier.store.changes.Digest.EventDigest;
import dev.dossier.store.changes.Digest.SlotDigest;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compares the digest of an earlier revision with a later one. Deals are matched by their lasting
 * key; an event of the later revision is paired with the earlier event of its type it shares the
 * most evidence with (an event with no such partner is new; an earlier event left without a
 * partner but sharing evidence with a later one was merged into it);
 * contradictions are matched by deal, kind, slot and (matched) event. A slot counts as moved when
 * its value or its number of independent origins changed; a new source that adds no origin
 * moves nothing. Each change names its causes: the added documents among the sources of what
 * changed, or, when none of them is (a regrouping moved it), the added documents among its deal's
 * sources.
 */
public final class ChangeFinder {
    private final Digest before;
    private final Digest after;
    private final Set<String> added;
    private final Map<String, DealDigest> dealsBefore = new LinkedHashMap<>();
    private final Map<String, DealDigest> dealsAfter = new LinkedHashMap<>();
    /** Later event id → the earlier event ids it shares evidence with, most shared first. */
    private final Map<String, List<String>> eventMatches = new LinkedHashMap<>();
    /** Earlier event id → the first later event that shares its evidence. */
    private final Map<String, String> laterEvent = new LinkedHashMap<>();

    private ChangeFinder(Digest before, Digest after, Collection<String> added) {
        this.before = before;
        this.after = after;
        this.added = new LinkedHashSet<>(added);
        before.deals().forEach(d -> dealsBefore.put(d.key(), d));
        after.deals().forEach(d -> dealsAfter.put(d.key(), d));
        matchEvents();
    }

    /** What changed from {@code before} to {@code after}; {@code added} are the documents added in between. */
    public static List<Change> changes(Digest before, Digest after, Collection<String> added) {
        ChangeFinder finder = new ChangeFinder(before, after, added);
        List<Change> changes = new ArrayList<>();
        finder.deals(changes);
        finder.events(changes);
        finder.contradictions(changes);
        return List.copyOf(changes);
    }

    private void deals(List<Change> out) {
        for (DealDigest deal : after.deals()) {
            DealDigest old = dealsBefore.get(deal.key());
            if (old == null) {
                out.add(dealChange(ChangeKind.NEW_DEAL, deal, deal.id(), Optional.empty(), Optional.empty(),
                        causes(deal.sources(), deal)));
            } else if (!old.status().equals(deal.status()) && !old.status().isEmpty()) {
                out.add(dealChange(ChangeKind.DEAL_STATUS_CHANGED, deal, "status", Optional.of(old.status()),
                        Optional.of(deal.status()), causes(deal.sources(), deal)));
            }
            slots(old, deal, out);
        }
        for (DealDigest old : before.deals()) {
            if (!dealsAfter.containsKey(old.key())) {
                out.add(dealChange(ChangeKind.DEAL_GONE, old, old.id(), Optional.empty(), Optional.empty(), List.of()));
            }
        }
    }

    private void slots(DealDigest old, DealDigest deal, List<Change> out) {
        Map<String, SlotDigest> was = old == null ? Map.of() : old.slots();
        TreeSet<String> names = new TreeSet<>(was.keySet());
        names.addAll(deal.slots().keySet());
        for (String name : names) {
            SlotDigest a = was.get(name);
            SlotDigest b = deal.slots().get(name);
            ChangeKind kind = a == null ? ChangeKind.NEW_SLOT_VALUE : b == null ? ChangeKind.SLOT_GONE
                    : !a.value().equals(b.value()) ? ChangeKind.SLOT_VALUE_CHANGED
                    : a.independentSources() != b.independentSources() ? ChangeKind.SLOT_SUPPORT_CHANGED : null;
            if (kind != null) {
                out.add(new Change(kind, Optional.of(deal.id()), Optional.of(deal.label()), name,
                        Optional.ofNullable(a).map(SlotDigest::value), Optional.ofNullable(b).map(SlotDigest::value),
                        Optional.ofNullable(a).map(SlotDigest::independentSources),
                        Optional.ofNullable(b).map(SlotDigest::independentSources),
                        causes(b == null ? List.of() : b.sources(), deal)));
            }
        }
    }

    private void events(List<Change> out) {
        Map<String, EventDigest> oldById = new LinkedHashMap<>();
        before.events().forEach(e -> oldById.put(e.id(), e));
        Set<String> matchedOld = new LinkedHashSet<>();
        for (EventDigest event : after.events()) {
            List<String> olds = eventMatches.getOrDefault(event.id(), List.of());
            // merged: the earlier events after the first one
            matchedOld.addAll(olds);
            Optional<DealDigest> deal = event.deal().map(dealsAfter::get);
            if (olds.isEmpty()) {
                out.add(eventChange(ChangeKind.NEW_EVENT, deal, event.id(), Optional.empty(),
                        Optional.of(describe(event)), causes(event.documents(), deal.orElse(null))));
                continue;
            }
            EventDigest old = oldById.get(olds.get(0));
            String was = describe(old) + (olds.size() > 1 ? " (with " + String.join(", ", olds.subList(1,
                    olds.size())) + " merged in)" : "");
            if (olds.size() > 1 || !describe(old).equals(describe(event))) {
                out.add(eventChange(ChangeKind.EVENT_CHANGED, deal, event.id(), Optional.of(was),
                        Optional.of(describe(event)), causes(event.documents(), deal.orElse(null))));
            }
        }
        for (EventDigest old : before.events()) {
            if (!matchedOld.contains(old.id())) {
                Optional<DealDigest> deal = old.deal().map(k -> dealsAfter.getOrDefault(k, dealsBefore.get(k)));
                out.add(eventChange(ChangeKind.EVENT_GONE, deal, old.id(), Optional.of(describe(old)),
                        Optional.empty(), List.of()));
            }
        }
    }

    private void contradictions(List<Change> out) {
        Map<String, ContradictionDigest> old = new LinkedHashMap<>();
        for (ContradictionDigest c : before.contradictions()) {
            old.putIfAbsent(identity(c, true), c);
        }
        Set<String> seen = new LinkedHashSet<>();
        for (ContradictionDigest c : after.contradictions()) {
            String identity = identity(c, false);
            seen.add(identity);
            ContradictionDigest was = old.get(identity);
            Optional<DealDigest> deal = c.deal().map(dealsAfter::get);
            if (was == null) {
                out.add(contradictionChange(ChangeKind.NEW_CONTRADICTION, deal, c.id(), Optional.empty(),
                        Optional.of(describe(c)), causes(c.sources(), deal.orElse(null))));
            } else if (!describe(was).equals(describe(c))) {
                out.add(contradictionChange(ChangeKind.CONTRADICTION_CHANGED, deal, c.id(),
                        Optional.of(describe(was)), Optional.of(describe(c)), causes(c.sources(), deal.orElse(null))));
            }
        }
        old.forEach((identity, c) -> {
            if (!seen.contains(identity)) {
                Optional<DealDigest> deal = c.deal().map(k -> dealsAfter.getOrDefault(k, dealsBefore.get(k)));
                out.add(contradictionChange(ChangeKind.CONTRADICTION_GONE, deal, c.id(), Optional.of(describe(c)),
                        Optional.empty(), List.of()));
            }
        });
    }

    /** Deal, kind, slot and event; an earlier event stands for the later event it was matched to. */
    private String identity(ContradictionDigest c, boolean earlier) {
        String event = c.event().map(id -> earlier ? laterEventOf(id).orElse("gone:" + id) : id).orElse("");
        return c.deal().orElse("") + "|" + c.kind() + "|" + c.slot() + "|" + event;
    }

    private Optional<String> laterEventOf(String earlierId) {
        return Optional.ofNullable(laterEvent.get(earlierId));
    }

    /**
     * Each later event's earlier events. One sentence can be evidence of several events (a
     * contract and its approval; the deliveries of two systems), so a later event is paired one to
     * one with an earlier event of its type that shares evidence with it: the same parties and
     * system first, then the most evidence shared; an
     * earlier event left unpaired that shares evidence with a later one of its type was merged
     * into it.
     */
    private void matchEvents() {
        Map<String, List<EventDigest>> holders = new LinkedHashMap<>();
        before.events().forEach(e -> e.evidence().forEach(x -> holders.computeIfAbsent(x, k -> new ArrayList<>())
                .add(e)));
        List<Pair> pairs = new ArrayList<>();
        for (EventDigest event : after.events()) {
            Map<EventDigest, Integer> shared = new LinkedHashMap<>();
            event.evidence().forEach(x -> holders.getOrDefault(x, List.of()).stream()
                    .filter(old -> old.type().equals(event.type())).forEach(old -> shared.merge(old, 1,
                            Integer::sum)));
            shared.forEach((old, count) -> pairs.add(new Pair(event.id(), old.id(), old.label().equals(event.label()),
                    count)));
            eventMatches.put(event.id(), new ArrayList<>());
        }
        pairs.sort(java.util.Comparator.comparing((Pair p) -> !p.sameParties()).thenComparing(
                java.util.Comparator.comparingInt(Pair::shared).reversed())
                .thenComparing(p -> !p.later().equals(p.earlier())));
        Set<String> paired = new LinkedHashSet<>();
        for (Pair pair : pairs) {
            if (eventMatches.get(pair.later()).isEmpty() && paired.add(pair.earlier())) {
                eventMatches.get(pair.later()).add(pair.earlier());
            }
        }
        for (Pair pair : pairs) {
            if (!eventMatches.get(pair.later()).isEmpty() && paired.add(pair.earlier())) {
                eventMatches.get(pair.later()).add(pair.earlier());
            }
        }
        eventMatches.forEach((later, earlier) -> earlier.forEach(old -> laterEvent.putIfAbsent(old, later)));
    }

    /** A later and an earlier event of one type, whether their parties and system agree, and how much evidence they share. */
    private record Pair(String later, String earlier, boolean sameParties, int shared) {}

    /** The added documents among {@code sources}; failing that, among the deal's sources. */
    private List<String> causes(Collection<String> sources, DealDigest deal) {
        List<String> direct = sources.stream().filter(added::contains).distinct().sorted().toList();
        if (!direct.isEmpty() || deal == null) {
            return direct;
        }
        return deal.sources().stream().filter(added::contains).distinct().sorted().toList();
    }

    private static String describe(EventDigest e) {
        return e.label() + e.date().map(d -> " " + d).orElse(" (undated)") + ", " + e.status();
    }

    private static String describe(ContradictionDigest c) {
        StringBuilder text = new StringBuilder(c.kind()).append(" on ").append(c.slot()).append(":");
        c.values().forEach(v -> text.append(" ").append(v.value()).append(" (").append(v.independentSources())
                .append(")"));
        return text.toString();
    }

    private static Change dealChange(ChangeKind kind, DealDigest deal, String item, Optional<String> before,
            Optional<String> after, List<String> causes) {
        return new Change(kind, Optional.of(deal.id()), Optional.of(deal.label()), item, before, after,
                Optional.empty(), Optional.empty(), causes);
    }

    private static Change eventChange(ChangeKind kind, Optional<DealDigest> deal, String item,
            Optional<String> before, Optional<String> after, List<String> causes) {
        return new Change(kind, deal.map(DealDigest::id), deal.map(DealDigest::label), item, before, after,
                Optional.empty(), Optional.empty(), causes);
    }

    private static Change contradictionChange(ChangeKind kind, Optional<DealDigest> deal, String item,
            Optional<String> before, Optional<String> after, List<String> causes) {
        return eventChange(kind, deal, item, before, after, causes);
    }
}
