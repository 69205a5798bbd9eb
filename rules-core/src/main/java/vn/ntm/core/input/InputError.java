package vn.ntm.core.input;

/** One problem in an input document: the JSON path of the field and a message a district clerk can act on. */
public record InputError(String path, String message) {
}
