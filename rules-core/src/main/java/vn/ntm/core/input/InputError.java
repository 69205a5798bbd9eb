package vn.ntm.core.input;

/**
 * One problem in an input document: the path of the field, a message a district clerk can act on, and the same
 * place as an RFC 6901 JSON Pointer. The dotted {@code path} is the contract's original style and stays; it cannot
 * be split mechanically because indicator codes contain dots ({@code indicators.17.1.piped}), so clients should
 * follow {@code pointer} ({@code /indicators/17.1/piped}).
 */
public record InputError(String path, String message, String pointer) {

    /** An error whose pointer is derived from the dotted path (indicator codes are dotted numbers). */
    public InputError(String path, String message) {
        this(path, message, JsonPointers.fromPath(path));
    }
}
