package dev.dossier.app.serve;

import dev.dossier.model.Checks;
import dev.dossier.pipeline.Stages;
import dev.dossier.report.compare.SipriRow;
import dev.dossier.store.DossierStore;
import dev.dossier.store.json.RecordJson;
import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.util.List;
import java.util.Optional;

/**
 * The HTTP server of {@code dossier serve}: the REST API under {@code /api} and the web UI
 * (static HTML, CSS and JavaScript from {@code dev/dossier/app/web}, no build step, nothing
 * from elsewhere). Every response carries a strict Content-Security-Policy: scripts and styles
 * only from this server, no inline script, no plugins, no framing.
 */
public final class DossierServer implements AutoCloseable {
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private final Library library;
    private final Javalin app;

    private DossierServer(Library library, ServeConfig config, SipriView sipri) {
        this.library = library;
        this.app = Javalin.create(cfg -> {
            cfg.showJavalinBanner = false;
            cfg.http.maxRequestSize = config.maxBodyBytes();
            cfg.jsonMapper(new JavalinJackson(RecordJson.mapper(), false));
            cfg.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = "/dev/dossier/app/web";
                files.location = Location.CLASSPATH;
            });
        });
        app.before(ctx -> {
            ctx.header("Content-Security-Policy", CSP);
            ctx.header("X-Content-Type-Options", "nosniff");
            ctx.header("Referrer-Policy", "no-referrer");
        });
        ErrorMapping.install(app);
        new ApiRoutes(library, config, sipri).install(app);
    }

    /** Starts a server over {@code store} on {@code config}'s address; port 0 picks a free one. */
    public static DossierServer start(DossierStore store, Stages stages, ServeConfig config) {
        return start(store, stages, config, Optional.empty());
    }

    /** As {@link #start(DossierStore, Stages, ServeConfig)}, with a SIPRI register to compare with at /api/compare. */
    public static DossierServer start(DossierStore store, Stages stages, ServeConfig config,
            Optional<List<SipriRow>> register) {
        Checks.present(config, "config");
        DossierServer server = new DossierServer(new Library(store, stages), config, new SipriView(register));
        server.app.start(config.bind(), config.port());
        return server;
    }

    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
        library.close();
    }
}
