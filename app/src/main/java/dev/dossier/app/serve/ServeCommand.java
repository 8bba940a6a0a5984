package dev.dossier.app.serve;

import dev.dossier.pipeline.Stages;
import dev.dossier.report.compare.SipriRegister;
import dev.dossier.report.compare.SipriRow;
import dev.dossier.store.jdbc.JdbcDossierStore;
import dev.dossier.store.jdbc.StoreException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/**
 * {@code dossier serve --store DIR [INPUT...]}: the web UI and REST API over a store, on
 * 127.0.0.1:8080 unless told otherwise. Inputs given here are added first, as {@code dossier add}
 * would. Runs until interrupted (Ctrl-C).
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve a store's dossier: web UI at /, REST API at /api (contract: /api/openapi.json). "
                + "Runs until stopped with Ctrl-C.",
        footer = {"  0  stopped", "  2  usage error", "  3  the store could not be opened or written",
            "  4  internal error", "",
            "Example: dossier serve --store store examples/",
            "         then open http://127.0.0.1:8080/"})
public final class ServeCommand extends StoreCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "INPUT", description = "Files or folders to add before serving.")
    List<Path> inputs = List.of();

    @Option(names = "--port", defaultValue = "8080", paramLabel = "PORT",
            description = "Port to listen on (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--bind", defaultValue = "127.0.0.1", paramLabel = "ADDRESS",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for every "
                    + "network).")
    String bind;

    @Option(names = "--token", defaultValue = "${env:DOSSIER_TOKEN}", paramLabel = "SECRET",
            description = "Secret of 16 or more characters that clients send as 'Authorization: Bearer SECRET' "
                    + "to POST articles to /api/documents (default: $DOSSIER_TOKEN; without one, posting is off).")
    String token;

    @Option(names = "--sipri", paramLabel = "REGISTER.csv",
            description = "SIPRI's register export (trade register or per-delivery CSV) to compare the dossier with "
                    + "in the web UI (page SIPRI) and at /api/compare.")
    Path sipri;

    @Option(names = "--max-body-bytes", defaultValue = "2097152", paramLabel = "BYTES",
            description = "Largest request body accepted, in bytes (default: ${DEFAULT-VALUE}, 2 MiB).")
    long maxBodyBytes;

    /** With the default stages. */
    public ServeCommand() {
        this(Stages::defaults);
    }

    public ServeCommand(Supplier<Stages> stages) {
        super(stages);
    }

    @Override
    public Integer call() throws InterruptedException {
        QuietLogs.apply();
        PrintWriter out = spec.commandLine().getOut();
        ServeConfig config = config();
        if (!inputsExist(inputs)) {
            return USAGE_ERROR;
        }
        Optional<List<SipriRow>> register;
        try {
            register = register();
        } catch (IOException e) {
            spec.commandLine().getErr().println("dossier serve: cannot read the SIPRI register " + e.getMessage());
            return USAGE_ERROR;
        }
        try (JdbcDossierStore store = storeOptions.open()) {
            reportRepairs(store);
            if (!inputs.isEmpty()) {
                var added = add(store, inputs);
                out.printf(Locale.ROOT, "added %d document(s), %d already stored%n", added.added().size(),
                        added.alreadyStored().size());
            }
            CountDownLatch stopped = new CountDownLatch(1);
            try (DossierServer server = DossierServer.start(store, stages(), config, register)) {
                Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown, "dossier-serve-stop"));
                out.printf(Locale.ROOT, "serving %s at http://%s:%d/ (API: /api, contract: /api/openapi.json)%s%n",
                        store.location().display(), bind, server.port(),
                        config.token().isEmpty() ? "; posting articles is off (no --token)" : "");
                out.flush();
                stopped.await();
            }
        } catch (StoreException e) {
            return storeFailed(e);
        }
        return 0;
    }

    /** The register of --sipri, read before anything is opened; a missing file is a usage error. */
    private Optional<List<SipriRow>> register() throws IOException {
        if (sipri == null) {
            return Optional.empty();
        }
        if (!Files.isRegularFile(sipri)) {
            throw new ParameterException(spec.commandLine(), "no such SIPRI register: " + sipri);
        }
        return Optional.of(SipriRegister.read(sipri));
    }

    /** The options as a config; a value it refuses (a short token, a port out of range) is a usage error. */
    private ServeConfig config() {
        try {
            return new ServeConfig(bind, port, Optional.ofNullable(token).filter(t -> !t.isBlank()), maxBodyBytes,
                    ServeConfig.DEFAULT_MAX_ARTICLES);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "invalid option: " + e.getMessage());
        }
    }
}
