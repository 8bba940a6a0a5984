package dev.dossier.store.changes;

import dev.dossier.model.Checks;
import dev.dossier.store.changes.Digest.ContradictionDigest;
import dev.dossier.store.changes.Digest.DealDigest;
import dev.dossier.store.changes.Digest.EventDigest;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * What one revision changed in the dossier's digest, for a revision log that cannot afford the
 * whole digest on every add: the deal keys, event ids and contradiction ids it removed, and the
 * digest of the parts it added or replaced. A part of {@code added} replaces the part of the
 * earlier digest under the same deal key or id; a part under a removed key or id is gone.
 */
public record DigestDelta(List<String> removedDeals, List<String> removedEvents, List<String> removedContradictions,
        Digest added) {
    public DigestDelta {
        removedDeals = Checks.list(removedDeals, "removedDeals");
        removedEvents = Checks.list(removedEvents, "removedEvents");
        removedContradictions = Checks.list(removedContradictions, "removedContradictions");
        Checks.present(added, "added");
    }

    /**
     * The delta from {@code before} to {@code after}, two digests of the touched parts only: the
     * old and the new parts of the deal keys a revision re-reconciled. What {@code before} has and
     * {@code after} lacks is removed; everything in {@code after} is added.
     */
    public static DigestDelta of(Digest before, Digest after) {
        return new DigestDelta(
                missing(before.deals(), after.deals(), DealDigest::key),
                missing(before.events(), after.events(), EventDigest::id),
                missing(before.contradictions(), after.contradictions(), ContradictionDigest::id),
                after);
    }

    /**
     * The whole digest after this revision, given the whole digest {@code base} before it. Equal to
     * the digest of the whole dossier after the revision when the parts outside the delta did not
     * change (the digest's canonical order makes it equal, not merely alike).
     */
    public Digest applyTo(Digest base) {
        return new DigestReplay(base).apply(this).digest();
    }

    private static <T> List<String> missing(List<T> before, List<T> after, Function<T, String> identity) {
        Set<String> still = new HashSet<>();
        after.forEach(part -> still.add(identity.apply(part)));
        return before.stream().map(identity).filter(id -> !still.contains(id)).distinct().toList();
    }
}
