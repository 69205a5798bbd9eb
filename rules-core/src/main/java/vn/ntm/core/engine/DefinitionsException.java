package vn.ntm.core.engine;

/** The law's data or rules are inconsistent or missing: never evaluate on a broken definition. */
public class DefinitionsException extends RuntimeException {
    public DefinitionsException(String message) { super(message); }

    public DefinitionsException(String message, Throwable cause) { super(message, cause); }
}
