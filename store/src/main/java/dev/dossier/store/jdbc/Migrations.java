package dev.dossier.store.jdbc;

import dev.dossier.store.StoreLocation;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/** Brings a database to the current schema with Flyway; the scripts are in {@code dev/dossier/store/migration}. */
public final class Migrations {
    private Migrations() {}

    /** Migrates the store at {@code location}; returns how many migrations ran (0: it was current). */
    public static int migrate(StoreLocation location) {
        try {
            return Flyway.configure()
                    .dataSource(location.jdbcUrl(), location.user().orElse(null), location.password().orElse(null))
                    .locations("classpath:dev/dossier/store/migration")
                    .table("dossier_schema_history")
                    .load()
                    .migrate().migrationsExecuted;
        } catch (FlywayException e) {
            throw new StoreException("cannot migrate the store at " + location.display(), e);
        }
    }
}
