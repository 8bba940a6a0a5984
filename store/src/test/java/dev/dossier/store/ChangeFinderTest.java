package dev.dossier.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dossier.store.changes.Change;
import dev.dossier.store.changes.ChangeFinder;
import dev.dossier.store.changes.ChangeKind;
import dev.dossier.store.changes.Digest;
import dev.dossier.store.changes.Digest.ContradictionDigest;
import dev.dossier.store.changes.Digest.DealDigest;
import dev.dossier.store.changes.Digest.EventDigest;
import dev.dossier.store.changes.Digest.SideDigest;
import dev.dossier.store.changes.Digest.SlotDigest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Reconcile renumbers events and contradictions on every run: a second source for a delivery
 * (document b) moves the slot's origin count, adds one new event, and changes the denial's sides,
 * though every id changed; the event b only joined is not reported.
 */
class ChangeFinderTest {
    private static final String DEAL = "Norway → Lithuania NASAMS";

    @Test
    void changesAreFollowedAcrossRenumbering() {
        Digest before = new Digest(
                List.of(deal("d1", new SlotDigest("2022-09", 1, List.of("a")), List.of("a"))),
                List.of(event("e1", "2022-09", "a@0-10")),
                List.of(denial("c1", "e1", 1)));
        Digest after = new Digest(
                List.of(deal("d1", new SlotDigest("2022-09", 2, List.of("a", "b")), List.of("a", "b"))),
                List.of(event("e1", "2023", "b@40-50"), event("e2", "2022-09", "a@0-10", "b@5-9")),
                List.of(denial("c7", "e2", 2)));

        List<Change> changes = ChangeFinder.changes(before, after, List.of("b"));

        assertEquals(List.of(ChangeKind.SLOT_SUPPORT_CHANGED, ChangeKind.NEW_EVENT, ChangeKind.CONTRADICTION_CHANGED),
                changes.stream().map(Change::kind).toList());
        assertEquals(List.of("first_delivery", "e1", "c7"), changes.stream().map(Change::item).toList());
        assertEquals(Optional.of(1), changes.get(0).independentBefore());
        assertEquals(Optional.of(2), changes.get(0).independentAfter());
        changes.forEach(c -> assertEquals(List.of("b"), c.causes(), c.describe()));
        assertEquals(DEAL + ": first_delivery 2022-09: independent origins 1 → 2", changes.get(0).describe());
    }

    @Test
    void nothingAddedNothingChanged() {
        Digest digest = new Digest(List.of(deal("d1", new SlotDigest("2022-09", 1, List.of("a")), List.of("a"))),
                List.of(event("e1", "2022-09", "a@0-10")), List.of(denial("c1", "e1", 1)));
        assertEquals(List.of(), ChangeFinder.changes(digest, digest, List.of()));
    }

    /** One sentence reports two deliveries (two systems): renumbered, they are told apart by their system. */
    @Test
    void eventsSharingASentenceAreToldApartByTheirParties() {
        Digest before = new Digest(List.of(), List.of(delivery("e1", "HIMARS", "s@0-90"),
                delivery("e2", "Patriot", "s@0-90")), List.of());
        Digest after = new Digest(List.of(), List.of(delivery("e1", "Patriot", "s@0-90"),
                delivery("e2", "HIMARS", "s@0-90")), List.of());
        assertEquals(List.of(), ChangeFinder.changes(before, after, List.of()));
    }

    private static EventDigest delivery(String id, String system, String evidence) {
        return new EventDigest(id, "delivery", "delivery United States → Poland " + system, Optional.empty(),
                "asserted", Optional.empty(), List.of(evidence));
    }

    private static DealDigest deal(String id, SlotDigest firstDelivery, List<String> sources) {
        return new DealDigest(DEAL, id, DEAL, "delivered", Map.of("first_delivery", firstDelivery), sources);
    }

    private static EventDigest event(String id, String date, String... evidence) {
        return new EventDigest(id, "delivery", "delivery " + DEAL, Optional.of(date), "asserted", Optional.of(DEAL),
                List.of(evidence));
    }

    private static ContradictionDigest denial(String id, String event, int asserting) {
        return new ContradictionDigest(id, Optional.of(DEAL), Optional.of(event), "polarity", "delivery",
                List.of(new SideDigest("asserted", asserting, asserting == 1 ? List.of("a") : List.of("a", "b")),
                        new SideDigest("denied", 1, List.of("z"))));
    }
}
