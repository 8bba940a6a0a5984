package dev.dossier.app.serve;

import dev.dossier.pipeline.Stages;
import dev.dossier.store.jdbc.JdbcDossierStore;
import dev.dossier.store.jdbc.StoreException;
import dev.dossier.store.update.AddResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code dossier add INPUT... --store DIR}: reads new articles into a store and re-reconciles.
 * Articles already in the store are not read again; adding the same files twice changes nothing.
 */
@Command(name = "add", mixinStandardHelpOptions = true,
        description = "Add articles (files or folders) to a store and update its dossier; articles already "
                + "stored are not read again.",
        footer = {"  0  added: every input was read",
            "  1  added, but some inputs were skipped or failed (each listed with its reason, and kept in the store)",
            "  2  usage error",
            "  3  the store could not be opened or written", "  4  internal error", "",
            "Example: dossier add examples/ --store store",
            "         then see it with: dossier serve --store store"})
public final class AddCommand extends StoreCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files or folders to add.")
    List<Path> inputs;

    /** With the default stages. */
    public AddCommand() {
        this(Stages::defaults);
    }

    public AddCommand(Supplier<Stages> stages) {
        super(stages);
    }

    @Override
    public Integer call() {
        QuietLogs.apply();
        if (!inputsExist(inputs)) {
            return USAGE_ERROR;
        }
        try (JdbcDossierStore store = storeOptions.open()) {
            reportRepairs(store);
            AddResult result = add(store, inputs);
            printSummary(result, store);
            listUnreadable(result, store);
            return result.unreadable().isEmpty() ? 0 : SOME_INPUTS_NOT_READ;
        } catch (StoreException e) {
            return storeFailed(e);
        }
    }

    /** Each input that was stored but could not be read, with its reason, as {@code analyze} lists them. */
    private void listUnreadable(AddResult result, JdbcDossierStore store) {
        PrintWriter err = spec.commandLine().getErr();
        for (String id : result.unreadable()) {
            store.document(id).ifPresent(d -> err.println("dossier add: " + d.status().name().toLowerCase(Locale.ROOT)
                    + " " + dev.dossier.app.Reasons.named(d)));
        }
        err.flush();
    }

    private void printSummary(AddResult result, JdbcDossierStore store) {
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "added %d document(s), %d already stored, %d unreadable%n",
                result.added().size(), result.alreadyStored().size(), result.unreadable().size());
        if (result.changed()) {
            out.println(StoreCommand.howReconciled(result));
            int stories = result.touchedStories().size();
            var sizes = store.sizes();
            out.printf(Locale.ROOT, "%d stor%s touched; the dossier now holds %d document(s), "
                    + "%d deal(s), %d event(s), %d contradiction(s)%n", stories, stories == 1 ? "y" : "ies",
                    sizes.documents(), sizes.deals(), sizes.events(), sizes.contradictions());
        }
        out.flush();
    }
}
