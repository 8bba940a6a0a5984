package dev.dossier.model;

import java.util.Optional;

/**
 * A document after extraction: a stable id, where it came from, its metadata and the clean body
 * that every span points into. A document that was skipped or failed keeps its reason in
 * {@code problem} and an empty body.
 */
public record Document(
        String id,
        String source,
        Metadata metadata,
        String body,
        DocumentStatus status,
        Optional<String> problem) {

    public Document {
        Checks.text(id, "id");
        Checks.text(source, "source");
        Checks.present(metadata, "metadata");
        Checks.present(body, "body");
        Checks.present(status, "status");
        Checks.present(problem, "problem");
        if (status != DocumentStatus.OK && problem.isEmpty()) {
            throw new IllegalArgumentException("a " + status + " document needs a problem: " + source);
        }
    }

    public boolean ok() {
        return status == DocumentStatus.OK;
    }
}
