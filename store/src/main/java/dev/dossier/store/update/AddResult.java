package dev.dossier.store.update;

import dev.dossier.model.Checks;
import java.util.List;

/**
 * What an add did: the documents it stored, the ones already there (left as they were), those
 * that were stored but could not be read (failed or skipped, with their reasons in the store),
 * and the stories it re-reconciled.
 */
public record AddResult(List<String> added, List<String> alreadyStored, List<String> unreadable,
        List<String> touchedStories) {
    public AddResult {
        added = Checks.list(added, "added");
        alreadyStored = Checks.list(alreadyStored, "alreadyStored");
        unreadable = Checks.list(unreadable, "unreadable");
        touchedStories = Checks.list(touchedStories, "touchedStories");
    }

    public boolean changed() {
        return !added.isEmpty();
    }
}
