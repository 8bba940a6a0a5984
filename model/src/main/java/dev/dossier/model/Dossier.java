package dev.dossier.model;

import java.util.List;

/**
 * Everything a run produced: the documents with their groups, the entities they mention, the
 * reconciled events and deals, the contradictions, and the timeline (dated event ids in date
 * order) with the undated events kept apart.
 */
public record Dossier(
        List<Document> documents,
        Grouping grouping,
        List<Entity> entities,
        List<Event> events,
        List<Deal> deals,
        List<Contradiction> contradictions,
        List<String> timeline,
        List<String> undated) {

    public Dossier {
        documents = Checks.list(documents, "documents");
        Checks.present(grouping, "grouping");
        entities = Checks.list(entities, "entities");
        events = Checks.list(events, "events");
        deals = Checks.list(deals, "deals");
        contradictions = Checks.list(contradictions, "contradictions");
        timeline = Checks.list(timeline, "timeline");
        undated = Checks.list(undated, "undated");
    }
}
