package dev.dossier.assertion;

import dev.dossier.model.EventStatus;
import dev.dossier.model.EventType;
import dev.dossier.model.Roles;
import java.util.Optional;

/** What the reader remembers of a claim it read earlier in the document, for later anaphora. */
record Claim(int sentence, EventType type, Roles roles, Optional<Integer> batch, EventStatus status) {
    boolean complete() {
        return roles.system().isPresent() && (roles.supplier().isPresent() || roles.actor().isPresent());
    }
}
