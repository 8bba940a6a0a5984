package dev.dossier.app.serve;

import dev.dossier.pipeline.PipelineConfig;
import dev.dossier.pipeline.Stages;
import dev.dossier.store.jdbc.JdbcDossierStore;
import dev.dossier.store.jdbc.StoreException;
import dev.dossier.store.update.StoreUpdater;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;

/**
 * {@code dossier rebuild --store DIR}: groups and reconciles every stored document again, from the
 * stored results (no source is read). An add works out only what it touches, and its stories can
 * drift from those one whole clustering gives; after a rebuild the store's dossier is byte for byte
 * what {@code dossier analyze} gives for the same articles.
 */
@Command(name = "rebuild", mixinStandardHelpOptions = true,
        description = "Group and reconcile every stored document again (no article is read again): the store's "
                + "dossier becomes exactly what `dossier analyze` gives for its articles.",
        footer = {"  0  rebuilt", "  2  usage error", "  3  the store could not be opened or written",
            "  4  internal error", "", "Example: dossier rebuild --store store"})
public final class RebuildCommand extends StoreCommand implements Callable<Integer> {
    /** With the default stages. */
    public RebuildCommand() {
        this(Stages::defaults);
    }

    public RebuildCommand(Supplier<Stages> stages) {
        super(stages);
    }

    @Override
    public Integer call() {
        QuietLogs.apply();
        try (JdbcDossierStore store = storeOptions.open()) {
            reportRepairs(store);
            long started = System.nanoTime();
            new StoreUpdater(stages(), PipelineConfig.defaults(), store).rebuild();
            var sizes = store.sizes();
            PrintWriter out = spec.commandLine().getOut();
            out.printf(Locale.ROOT, "rebuilt in %.1f s: %d document(s), %d deal(s), %d event(s), %d contradiction(s)%n",
                    (System.nanoTime() - started) / 1e9, sizes.documents(), sizes.deals(), sizes.events(),
                    sizes.contradictions());
            out.flush();
            return 0;
        } catch (StoreException e) {
            return storeFailed(e);
        }
    }
}
