package dev.dossier.model;

import java.util.Optional;

/**
 * Where one document stands among the others: its wire group (copies of one text share it),
 * the wire or agency whose text it is, and its story (documents about the same deal or thread).
 */
public record DocumentGroup(String document, Optional<String> wireGroup, Optional<String> origin, String story) {
    public DocumentGroup {
        Checks.text(document, "document");
        Checks.present(wireGroup, "wireGroup");
        Checks.present(origin, "origin");
        Checks.text(story, "story");
    }
}
