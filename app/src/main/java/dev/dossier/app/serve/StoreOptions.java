package dev.dossier.app.serve;

import dev.dossier.store.StoreLocation;
import dev.dossier.store.jdbc.JdbcDossierStore;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The store options shared by {@code serve} and {@code add}. */
final class StoreOptions {
    @Option(names = "--store", required = true, paramLabel = "DIR|JDBC-URL",
            description = "A directory for the embedded store (created when absent), or a jdbc:postgresql:// URL.")
    String store;

    @Option(names = "--db-user", paramLabel = "NAME", defaultValue = "${env:DOSSIER_DB_USER}",
            description = "Database user for a JDBC URL (default: $DOSSIER_DB_USER).")
    String user;

    @Option(names = "--db-password", paramLabel = "SECRET", defaultValue = "${env:DOSSIER_DB_PASSWORD}",
            description = "Database password for a JDBC URL (default: $DOSSIER_DB_PASSWORD).")
    String password;

    /** Opens the store; its revision log times commits by the system clock in UTC. */
    JdbcDossierStore open() {
        return JdbcDossierStore.open(StoreLocation.of(store, Optional.ofNullable(user).filter(u -> !u.isBlank()),
                Optional.ofNullable(password).filter(p -> !p.isBlank())), java.time.Clock.systemUTC());
    }
}
