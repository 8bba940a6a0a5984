package dev.dossier.app.serve;

import dev.dossier.model.Checks;
import java.util.Optional;

/**
 * How the server runs: where it listens, the bearer token that guards ingestion (none: POST
 * is refused with {@code ingestion_disabled}), and the request limits.
 */
public record ServeConfig(String bind, int port, Optional<String> token, long maxBodyBytes, int maxArticles) {
    public static final long DEFAULT_MAX_BODY_BYTES = 2L * 1024 * 1024;
    public static final int DEFAULT_MAX_ARTICLES = 100;

    public ServeConfig {
        Checks.text(bind, "bind");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0 to 65535: " + port);
        }
        Checks.present(token, "token");
        token.ifPresent(t -> {
            if (t.length() < 16) {
                throw new IllegalArgumentException("token must have at least 16 characters");
            }
        });
        if (maxBodyBytes < 1 || maxArticles < 1) {
            throw new IllegalArgumentException("limits must be positive: " + maxBodyBytes + ", " + maxArticles);
        }
    }

    /** Loopback, a random port, no token: for tests. */
    public static ServeConfig loopback(Optional<String> token) {
        return new ServeConfig("127.0.0.1", 0, token, DEFAULT_MAX_BODY_BYTES, DEFAULT_MAX_ARTICLES);
    }
}
