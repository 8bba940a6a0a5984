package dev.dossier.app.serve;

import dev.dossier.app.serve.ApiException.Problem;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place that turns exceptions into HTTP statuses. Every error leaves as
 * {@code {"error":{"code":"…","message":"…"}}} (plus {@code details} when a request had
 * several problems); an unexpected exception is logged and answered with {@code internal_error}
 * without its message, which may hold internals.
 */
final class ErrorMapping {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapping.class);

    private ErrorMapping() {}

    static void install(Javalin app) {
        app.exception(ApiException.class, (e, ctx) -> write(ctx, e.status(), e.code(), e.getMessage(), e.details()));
        app.exception(HttpResponseException.class, (e, ctx) -> write(ctx, e.getStatus(), codeOf(e.getStatus()),
                e.getMessage(), List.of()));
        app.exception(Exception.class, (e, ctx) -> {
            LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
            write(ctx, 500, "internal_error", "the server could not answer this request", List.of());
        });
        app.error(404, ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty()) {
                write(ctx, 404, "not_found", "no such resource: " + ctx.path(), List.of());
            }
        });
        app.error(405, ctx -> write(ctx, 405, "method_not_allowed", ctx.method() + " is not allowed here",
                List.of()));
    }

    /** Stable codes for the statuses Javalin itself may raise. */
    static String codeOf(int status) {
        return switch (status) {
            case 400 -> "bad_request";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 413 -> "payload_too_large";
            case 415 -> "unsupported_media_type";
            default -> status >= 500 ? "internal_error" : "bad_request";
        };
    }

    private static void write(Context ctx, int status, String code, String message, List<Problem> details) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", code);
        error.put("message", message == null ? code : message);
        if (!details.isEmpty()) {
            error.put("details", details);
        }
        ctx.status(status).json(Map.of("error", error));
    }
}
