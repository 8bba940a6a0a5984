package dev.dossier.app.serve;

import dev.dossier.pipeline.PipelineConfig;
import dev.dossier.pipeline.Stages;
import dev.dossier.store.jdbc.JdbcDossierStore;
import dev.dossier.store.jdbc.StoreException;
import dev.dossier.store.update.AddResult;
import dev.dossier.store.update.StoreUpdater;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What {@code add} and {@code serve} share: the stages that read new articles, the store options,
 * adding inputs to an open store, and how a store failure ends the command.
 */
abstract class StoreCommand {
    /**
     * Main's exit code for "the output could not be written"; repeated here because this package
     * may not depend on {@code dev.dossier.app} (Main depends on it).
     */
    static final int STORE_ERROR = 3;

    /** Main's exit code for a usage error (repeated for the same reason). */
    static final int USAGE_ERROR = 2;
    static final int SOME_INPUTS_NOT_READ = 1;

    private final Supplier<Stages> stages;

    @Mixin
    StoreOptions storeOptions = new StoreOptions();

    @Spec
    CommandSpec spec;

    StoreCommand(Supplier<Stages> stages) {
        this.stages = stages;
    }

    /** A fresh set of stages (a supplier, so that a command that is only parsed builds none). */
    final Stages stages() {
        return stages.get();
    }

    /** Whether every input exists; names the first that does not, so nothing is opened for a typo. */
    final boolean inputsExist(List<Path> inputs) {
        for (Path input : inputs) {
            if (!Files.exists(input)) {
                spec.commandLine().getErr().println("dossier " + spec.name() + ": no such file or folder: " + input);
                return false;
            }
        }
        return true;
    }

    /** Reads the inputs into the store; articles already stored are not read again. */
    final AddResult add(JdbcDossierStore store, List<Path> inputs) {
        return new StoreUpdater(stages(), PipelineConfig.defaults(), store).add(inputs);
    }

    /**
     * Says on stderr what the store's self-check repaired when it opened, and that its dossier is
     * rebuilt from its documents when the check found them at odds (the add or the server does it
     * before anything else).
     */
    final void reportRepairs(JdbcDossierStore store) {
        java.io.PrintWriter err = spec.commandLine().getErr();
        store.health().repaired().forEach(line -> err.println("dossier " + spec.name() + ": store repaired: " + line));
        if (store.health().reconcileNeeded()) {
            err.println("dossier " + spec.name() + ": the stored dossier does not match the stored documents ("
                    + String.join("; ", store.health().problems()) + "); rebuilding it from the documents");
        }
        err.flush();
    }

    /** One line saying how an add reconciled: only the weapon systems it touched, or everything. */
    static String howReconciled(AddResult result) {
        return result.scoping().map(s -> String.format(java.util.Locale.ROOT,
                "reconciled again: %d weapon system(s) the new articles speak of, from %d stored document(s)",
                s.scopes().size(), s.documentsRead()))
                .orElse("reconciled again: every stored document (grouped and reconciled whole)");
    }

    /** Reports a store that could not be opened, read or written, and returns the exit code. */
    final int storeFailed(StoreException e) {
        spec.commandLine().getErr().println("dossier " + spec.name() + ": " + e.getMessage());
        return STORE_ERROR;
    }
}
