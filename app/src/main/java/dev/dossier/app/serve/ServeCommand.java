package dev.dossier.app.serve;

import dev.dossier.pipeline.PipelineConfig;
import dev.dossier.pipeline.Stages;
import dev.dossier.store.jdbc.JdbcDossierStore;
import dev.dossier.store.jdbc.StoreException;
import dev.dossier.store.update.StoreUpdater;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dossier serve --store DIR [INPUT...]}: the web UI and REST API over a store, on
 * 127.0.0.1:8080 unless told otherwise. Inputs given here are added first, as {@code dossier add}
 * would. Runs until interrupted (Ctrl-C).
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve a store's dossier: web UI at /, REST API at /api (contract: /api/openapi.json).")
public final class ServeCommand implements Callable<Integer> {
    private final Supplier<Stages> stages;

    /** With the default stages. */
    public ServeCommand() {
        this(Stages::defaults);
    }

    public ServeCommand(Supplier<Stages> stages) {
        this.stages = stages;
    }

    @Parameters(arity = "0..*", paramLabel = "INPUT", description = "Files or folders to add before serving.")
    List<Path> inputs = List.of();

    @Mixin
    StoreOptions storeOptions = new StoreOptions();

    @Option(names = "--port", defaultValue = "8080", description = "Port (default: ${DEFAULT-VALUE}; 0 picks one).")
    int port;

    @Option(names = "--bind", defaultValue = "127.0.0.1", description = "Address (default: ${DEFAULT-VALUE}).")
    String bind;

    @Option(names = "--token", defaultValue = "${env:DOSSIER_TOKEN}", paramLabel = "SECRET",
            description = "Bearer token for POST /api/documents, 16+ characters (default: $DOSSIER_TOKEN; "
                    + "none: posting is off).")
    String token;

    @Option(names = "--max-body-bytes", defaultValue = "2097152",
            description = "Largest request body accepted (default: ${DEFAULT-VALUE}).")
    long maxBodyBytes;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        QuietLogs.apply();
        PrintWriter out = spec.commandLine().getOut();
        ServeConfig config = new ServeConfig(bind, port, Optional.ofNullable(token).filter(t -> !t.isBlank()),
                maxBodyBytes, ServeConfig.DEFAULT_MAX_ARTICLES);
        try (JdbcDossierStore store = storeOptions.open()) {
            if (!inputs.isEmpty()) {
                var added = new StoreUpdater(stages.get(), PipelineConfig.defaults(), store).add(inputs);
                out.printf(Locale.ROOT, "added %d document(s), %d already stored%n", added.added().size(),
                        added.alreadyStored().size());
            }
            CountDownLatch stopped = new CountDownLatch(1);
            try (DossierServer server = DossierServer.start(store, stages.get(), config)) {
                Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown, "dossier-serve-stop"));
                out.printf(Locale.ROOT, "serving %s at http://%s:%d/ (API: /api, contract: /api/openapi.json)%s%n",
                        store.location().display(), bind, server.port(),
                        config.token().isEmpty() ? "; posting articles is off (no --token)" : "");
                out.flush();
                stopped.await();
            }
        } catch (StoreException e) {
            spec.commandLine().getErr().println("dossier serve: " + e.getMessage());
            return AddCommand.STORE_ERROR;
        }
        return 0;
    }
}
