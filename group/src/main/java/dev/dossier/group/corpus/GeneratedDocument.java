package dev.dossier.group.corpus;

import java.util.Objects;

/**
 * One generated document. {@code family} names the text it was written from: an original and
 * its planted copies share it; a hard negative (another article on the same event) has its own.
 * {@code event} names the event the article reports.
 */
public record GeneratedDocument(String id, String text, long family, long event, Role role) {
    public enum Role { ORIGINAL, COPY }

    public GeneratedDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(role, "role");
    }
}
