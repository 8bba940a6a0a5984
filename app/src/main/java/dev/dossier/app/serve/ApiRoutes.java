package dev.dossier.app.serve;

import dev.dossier.app.serve.Views.Page;
import dev.dossier.app.serve.Views.Status;
import dev.dossier.model.RawDocument;
import dev.dossier.store.update.AddResult;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

/** The REST API under {@code /api}; its contract is {@code /api/openapi.json}. */
final class ApiRoutes {
    private final Library library;
    private final ServeConfig config;
    private final SipriView sipri;
    private final byte[] openApi;

    ApiRoutes(Library library, ServeConfig config, SipriView sipri) {
        this.library = library;
        this.config = config;
        this.sipri = sipri;
        this.openApi = resource("/dev/dossier/app/web/openapi.json");
    }

    void install(Javalin app) {
        app.get("/api/openapi.json", ctx -> ctx.contentType("application/json").result(openApi));
        app.get("/api/status", this::status);
        app.get("/api/deals", ctx -> ctx.json(snapshot(ctx).deals()));
        app.get("/api/deals/{id}", ctx -> ctx.json(snapshot(ctx).dealPage(ctx.pathParam("id"))
                .orElseThrow(() -> ApiException.notFound("deal", ctx.pathParam("id")))));
        app.get("/api/deals/{id}/history", ctx -> ctx.json(library.history(ctx.pathParam("id"), SearchParams.asOf(ctx))
                .orElseThrow(() -> ApiException.notFound("deal", ctx.pathParam("id")))));
        app.get("/api/events", ctx -> ctx.json(snapshot(ctx).events(SearchParams.eventType(ctx),
                java.util.Optional.ofNullable(ctx.queryParam("deal")))));
        app.get("/api/events/{id}", ctx -> ctx.json(snapshot(ctx).event(ctx.pathParam("id"))
                .orElseThrow(() -> ApiException.notFound("event", ctx.pathParam("id")))));
        app.get("/api/contradictions", ctx -> ctx.json(snapshot(ctx).contradictions()));
        app.get("/api/documents", this::documents);
        app.get("/api/documents/{id}", ctx -> ctx.json(snapshot(ctx).documentPage(ctx.pathParam("id"))
                .orElseThrow(() -> ApiException.notFound("document", ctx.pathParam("id")))));
        app.get("/api/search", ctx -> ctx.json(library.search(SearchParams.searchQuery(ctx))));
        app.get("/api/facets", ctx -> ctx.json(snapshot(ctx).facets()));
        app.get("/api/compare", ctx -> ctx.contentType("application/json").result(sipri.compareJson(library.snapshot())));
        app.get("/api/changes", ctx -> ctx.json(changes(() -> library.changes(SearchParams.since(ctx)))));
        app.get("/api/changes.atom", this::atom);
        app.post("/api/documents", this::ingest);
    }

    /** The snapshot a read request asks for: the current one, or the one as of {@code as_of}. */
    private Snapshot snapshot(Context ctx) {
        return library.snapshot(SearchParams.asOf(ctx));
    }

    /** At most this many revisions in the feed. */
    private static final int FEED_ENTRIES = 50;

    private void atom(Context ctx) {
        java.util.Optional<dev.dossier.store.changes.Since> since = SearchParams.since(ctx);
        List<dev.dossier.store.changes.ChangeSet> revisions = changes(() -> library.revisions(since, FEED_ENTRIES));
        ctx.contentType("application/atom+xml; charset=utf-8")
                .result(ChangesFeed.atom(ctx.url(), library.revision(), revisions));
    }

    /** Runs a change-log read; a {@code since} the store cannot answer is the client's error. */
    private static <T> T changes(java.util.function.Supplier<T> read) {
        try {
            return read.get();
        } catch (dev.dossier.store.changes.UnanswerableRevision e) {
            throw SearchParams.unanswerable("since", e);
        }
    }

    private void status(Context ctx) {
        Snapshot s = snapshot(ctx);
        ctx.json(new Status("dossier/1", s.revision(), s.dossier().documents().size(), s.dossier().deals().size(),
                s.dossier().events().size(), s.dossier().contradictions().size()));
    }

    private void documents(Context ctx) {
        int[] page = SearchParams.page(ctx, 100, 1000);
        List<Views.DocumentSummary> all = snapshot(ctx).documentSummaries();
        int from = Math.min(page[0], all.size());
        ctx.json(new Page<>(all.size(), page[0], all.subList(from, Math.min(all.size(), from + page[1]))));
    }

    private void ingest(Context ctx) {
        authorize(ctx);
        long length = ctx.contentLength();
        if (length > config.maxBodyBytes()) {
            throw tooLarge();
        }
        byte[] body = ctx.bodyAsBytes();
        if (body.length > config.maxBodyBytes()) {
            throw tooLarge();
        }
        List<RawDocument> raws = Postings.read(ctx.contentType(), body, config.maxArticles());
        AddResult result = library.add(raws);
        ctx.status(result.changed() ? 201 : 200).json(result);
    }

    private ApiException tooLarge() {
        return new ApiException(413, "payload_too_large", "a request may carry at most " + config.maxBodyBytes()
                + " bytes");
    }

    /** Bearer token, compared in constant time; no token configured means ingestion is off. */
    private void authorize(Context ctx) {
        if (config.token().isEmpty()) {
            throw new ApiException(403, "ingestion_disabled", "start the server with --token to allow posting");
        }
        String header = ctx.header("Authorization");
        // RFC 7235: the scheme name is case-insensitive ("bearer", "BEARER" and "Bearer" are one).
        String given = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7) ? header.substring(7).trim() : "";
        boolean same = MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8),
                config.token().get().getBytes(StandardCharsets.UTF_8));
        if (!same) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw new ApiException(401, "unauthorized", "a valid bearer token is required");
        }
    }

    static byte[] resource(String path) {
        try (InputStream in = ApiRoutes.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + path, e);
        }
    }
}
