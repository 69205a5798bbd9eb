package vn.ntm.core.input;

import java.util.List;

/** Bad input: never evaluated, not even partly. Carries every problem found, not only the first. */
public class InvalidAssessmentException extends RuntimeException {
    private final String source;
    private final List<InputError> errors;

    public InvalidAssessmentException(String source, List<InputError> errors) {
        super((source == null ? "" : source + ": ") + errors.size() + " problem(s): " + summary(errors));
        this.source = source;
        this.errors = List.copyOf(errors);
    }

    private static String summary(List<InputError> errors) {
        StringBuilder sb = new StringBuilder();
        for (InputError e : errors) {
            if (sb.length() > 0) sb.append("; ");
            sb.append(e.path()).append(": ").append(e.message());
        }
        return sb.toString();
    }

    public String source() { return source; }

    public List<InputError> errors() { return errors; }
}
