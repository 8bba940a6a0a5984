package dev.dossier.store.update;

import dev.dossier.model.Checks;
import java.util.List;
import java.util.Optional;

/**
 * What an add did: the documents it stored, the ones already there (left as they were), those
 * that were stored but could not be read (failed or skipped, with their reasons in the store),
 * the stories it re-reconciled, and, for an add worked out on what it touched, how
 * ({@link Scoping}; empty when it grouped and reconciled every stored document).
 */
public record AddResult(List<String> added, List<String> alreadyStored, List<String> unreadable,
        List<String> touchedStories, Optional<Scoping> scoping) {
    public AddResult {
        added = Checks.list(added, "added");
        alreadyStored = Checks.list(alreadyStored, "alreadyStored");
        unreadable = Checks.list(unreadable, "unreadable");
        touchedStories = Checks.list(touchedStories, "touchedStories");
        Checks.present(scoping, "scoping");
    }

    /**
     * How an add that was worked out on what it touches went: the scopes (weapon systems) whose
     * parts it replaced, how many stored documents it read for them, and the grouping rows it wrote
     * (the new documents' and those of stored documents whose row changed).
     */
    public record Scoping(List<String> scopes, int documentsRead, List<dev.dossier.model.DocumentGroup> groups) {
        public Scoping {
            scopes = Checks.list(scopes, "scopes");
            groups = Checks.list(groups, "groups");
        }
    }

    public boolean changed() {
        return !added.isEmpty();
    }
}
