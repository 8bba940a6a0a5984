package dev.dossier.app.serve;

import dev.dossier.pipeline.PipelineConfig;
import dev.dossier.pipeline.Stages;
import dev.dossier.store.jdbc.JdbcDossierStore;
import dev.dossier.store.jdbc.StoreException;
import dev.dossier.store.update.AddResult;
import dev.dossier.store.update.StoreUpdater;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dossier add INPUT... --store DIR}: reads new articles into a store and re-reconciles.
 * Articles already in the store are not read again; adding the same files twice changes nothing.
 */
@Command(name = "add", mixinStandardHelpOptions = true,
        description = "Add articles (files or folders) to a store and update its dossier.")
public final class AddCommand implements Callable<Integer> {
    private final Supplier<Stages> stages;

    /** With the default stages. */
    public AddCommand() {
        this(Stages::defaults);
    }

    public AddCommand(Supplier<Stages> stages) {
        this.stages = stages;
    }

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files or folders to add.")
    List<Path> inputs;

    @Mixin
    StoreOptions storeOptions = new StoreOptions();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        QuietLogs.apply();
        PrintWriter out = spec.commandLine().getOut();
        for (Path input : inputs) {
            if (!java.nio.file.Files.exists(input)) {
                spec.commandLine().getErr().println("no such file or folder: " + input);
                return 2;
            }
        }
        try (JdbcDossierStore store = storeOptions.open()) {
            AddResult result = new StoreUpdater(stages.get(), PipelineConfig.defaults(), store).add(inputs);
            out.printf(java.util.Locale.ROOT, "added %d document(s), %d already stored, %d unreadable%n",
                    result.added().size(), result.alreadyStored().size(), result.unreadable().size());
            if (result.changed()) {
                out.printf(java.util.Locale.ROOT, "%d stor%s touched; the dossier now holds %d document(s), "
                        + "%d deal(s), %d event(s), %d contradiction(s)%n", result.touchedStories().size(),
                        result.touchedStories().size() == 1 ? "y" : "ies", store.documents().size(),
                        store.deals().size(), store.events().size(), store.contradictions().size());
            }
            out.flush();
            return 0;
        } catch (StoreException e) {
            spec.commandLine().getErr().println("dossier add: " + e.getMessage());
            return STORE_ERROR;
        }
    }

    /** Main's exit code for "the output could not be written". */
    static final int STORE_ERROR = 3;
}
