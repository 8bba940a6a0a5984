package dev.dossier.store;

import dev.dossier.model.Checks;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Which database a store uses: a JDBC URL with optional credentials. {@link #of} reads the
 * command-line form: a {@code jdbc:} URL as it is (PostgreSQL), anything else a directory for
 * the embedded H2 default.
 */
public record StoreLocation(String jdbcUrl, Optional<String> user, Optional<String> password) {
    public StoreLocation {
        Checks.text(jdbcUrl, "jdbcUrl");
        Checks.present(user, "user");
        Checks.present(password, "password");
        if (!jdbcUrl.startsWith("jdbc:")) {
            throw new IllegalArgumentException("jdbcUrl must start with jdbc: " + jdbcUrl);
        }
    }

    /** {@code jdbc:postgresql://…} as given, or a directory that holds {@code dossier.mv.db}. */
    public static StoreLocation of(String location, Optional<String> user, Optional<String> password) {
        Checks.text(location, "location");
        if (location.startsWith("jdbc:")) {
            return new StoreLocation(location, user, password);
        }
        return embedded(Path.of(location));
    }

    /** The embedded H2 database in {@code directory} (created when absent). */
    public static StoreLocation embedded(Path directory) {
        String file = directory.toAbsolutePath().resolve("dossier").toString().replace('\\', '/');
        return new StoreLocation("jdbc:h2:file:" + file + H2_OPTIONS, Optional.empty(), Optional.empty());
    }

    /** A private in-memory H2 database, for tests. */
    public static StoreLocation inMemory(String name) {
        return new StoreLocation("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1" + H2_OPTIONS, Optional.empty(),
                Optional.empty());
    }

    public boolean isEmbedded() {
        return jdbcUrl.toLowerCase(Locale.ROOT).startsWith("jdbc:h2:");
    }

    /** The URL without credentials or options, for messages. */
    public String display() {
        int options = jdbcUrl.indexOf(';');
        int query = jdbcUrl.indexOf('?');
        int cut = options >= 0 ? options : query >= 0 ? query : jdbcUrl.length();
        return jdbcUrl.substring(0, cut);
    }

    /** PostgreSQL compatibility, so that one set of migrations serves both databases. */
    private static final String H2_OPTIONS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
}
