package dev.dossier.model;

import java.util.List;

/** What the reconcile stage makes of all assertions: events, deals, contradictions, timeline. */
public record Reconciliation(
        List<Event> events, List<Deal> deals, List<Contradiction> contradictions, List<String> timeline,
        List<String> undated) {
    public Reconciliation {
        events = Checks.list(events, "events");
        deals = Checks.list(deals, "deals");
        contradictions = Checks.list(contradictions, "contradictions");
        timeline = Checks.list(timeline, "timeline");
        undated = Checks.list(undated, "undated");
    }
}
