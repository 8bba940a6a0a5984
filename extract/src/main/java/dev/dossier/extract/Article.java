package dev.dossier.extract;

import dev.dossier.model.Checks;
import dev.dossier.model.Metadata;

/** What a reader found in one document: the clean body (paragraphs split by a blank line) and metadata. */
public record Article(String body, Metadata metadata) {
    public Article {
        Checks.present(body, "body");
        Checks.present(metadata, "metadata");
    }
}
