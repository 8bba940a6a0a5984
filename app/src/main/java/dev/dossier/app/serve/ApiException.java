package dev.dossier.app.serve;

import dev.dossier.model.Checks;
import java.util.List;

/**
 * A request the API refuses, with its HTTP status and a stable code that clients may rely on
 * ({@code not_found}, {@code invalid_parameters}, {@code unauthorized}, …). {@code details}
 * lists every problem found when a request has several.
 */
final class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;
    private final transient List<Problem> details;

    ApiException(int status, String code, String message, List<Problem> details) {
        super(message);
        this.status = status;
        this.code = Checks.text(code, "code");
        this.details = Checks.list(details, "details");
    }

    ApiException(int status, String code, String message) {
        this(status, code, message, List.of());
    }

    static ApiException notFound(String what, String id) {
        return new ApiException(404, "not_found", "no " + what + " with id '" + id + "'");
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }

    List<Problem> details() {
        return details;
    }

    /** One problem with one parameter or field. */
    record Problem(String parameter, String code, String message) {}
}
