package vn.ntm.core.workflow;

import java.util.List;
import vn.ntm.core.input.InputError;

/** A plan file that cannot be used, with every problem found (path and message). */
public final class InvalidPlanException extends RuntimeException {
    private final String source;
    private final transient List<InputError> errors;

    public InvalidPlanException(String source, List<InputError> errors) {
        super(source + ": invalid district plan (ntm-plan/1): " + errors.stream().map(e -> e.path() + ": " + e.message()).toList());
        this.source = source;
        this.errors = List.copyOf(errors);
    }

    public String source() { return source; }

    public List<InputError> errors() { return errors; }
}
