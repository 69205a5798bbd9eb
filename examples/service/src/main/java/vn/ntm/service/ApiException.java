package vn.ntm.service;

import java.util.List;
import vn.ntm.core.input.InputError;

/** A request the service refuses, with its HTTP status and the problems for an ntm-error/1 document. */
final class ApiException extends RuntimeException {
    private final int status;
    private final String source;
    private final List<InputError> errors;

    ApiException(int status, String source, List<InputError> errors) {
        super(status + " " + errors);
        this.status = status;
        this.source = source;
        this.errors = List.copyOf(errors);
    }

    /** One problem about the request as a whole (a limit, a route, a header): the pointer is the whole document. */
    static ApiException of(int status, String where, String vi, String en) {
        return new ApiException(status, "request", List.of(new InputError(where, vi + " (" + en + ")", "")));
    }

    int status() { return status; }

    String source() { return source; }

    List<InputError> errors() { return errors; }
}
