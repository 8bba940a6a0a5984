package dev.dossier.store.changes;

import dev.dossier.store.changes.Digest.ContradictionDigest;
import dev.dossier.store.changes.Digest.DealDigest;
import dev.dossier.store.changes.Digest.EventDigest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A digest rebuilt delta by delta, for reading a revision log: its parts kept by deal key and id,
 * so that applying a {@link DigestDelta} costs what the delta holds, not what the whole digest
 * holds (a log of a 10,000-document store replays a thousand deltas in the time one full sort of
 * its digest takes per delta otherwise); {@link #digest()} gives the digest reached so far.
 */
public final class DigestReplay {
    /** Deals by key; a key can name two separate procurements, so it holds a list. */
    private final Map<String, List<DealDigest>> deals = new LinkedHashMap<>();
    private final Map<String, EventDigest> events = new LinkedHashMap<>();
    private final Map<String, ContradictionDigest> contradictions = new LinkedHashMap<>();

    public DigestReplay(Digest start) {
        start.deals().forEach(d -> deals.computeIfAbsent(d.key(), k -> new ArrayList<>()).add(d));
        start.events().forEach(e -> events.put(e.id(), e));
        start.contradictions().forEach(c -> contradictions.put(c.id(), c));
    }

    /** Takes out what {@code delta} removed or replaces, then puts in what it added. */
    public DigestReplay apply(DigestDelta delta) {
        Digest added = delta.added();
        delta.removedDeals().forEach(deals::remove);
        added.deals().forEach(d -> deals.remove(d.key()));
        added.deals().forEach(d -> deals.computeIfAbsent(d.key(), k -> new ArrayList<>()).add(d));
        delta.removedEvents().forEach(events::remove);
        added.events().forEach(e -> events.put(e.id(), e));
        delta.removedContradictions().forEach(contradictions::remove);
        added.contradictions().forEach(c -> contradictions.put(c.id(), c));
        return this;
    }

    /** The digest reached so far, in the digest's canonical order. */
    public Digest digest() {
        return new Digest(deals.values().stream().flatMap(List::stream).toList(), List.copyOf(events.values()),
                List.copyOf(contradictions.values()));
    }
}
