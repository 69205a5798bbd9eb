package vn.ntm.cli;

import java.io.PrintWriter;
import java.util.List;
import vn.ntm.core.input.InputError;
import vn.ntm.core.json.NtmJson;

/**
 * Writes the documents of a run to stdout as they come: one JSON document, or a JSON array that stays well-formed
 * whatever fails. Each document is rendered in full before a byte of it is written; one that cannot be rendered is
 * replaced in its place by an ntm-error/1.
 */
final class Documents {
    private final PrintWriter out;
    private final boolean array;
    private int written;

    Documents(PrintWriter out, boolean array) {
        this.out = out;
        this.array = array;
    }

    /** Writes one document; false when it could not be rendered and an error document stands in its place. */
    boolean write(Object doc, String source) {
        String text;
        boolean ok = true;
        try {
            text = NtmJson.write(doc);
        } catch (RuntimeException e) {
            ok = false;
            text = NtmJson.write(NtmJson.errorDocument(source, List.of(new InputError("(output)",
                    "không ghi được kết quả của tệp này (the result of this file could not be written): " + e.getClass().getSimpleName()))));
        }
        if (!array) {
            out.print(text);
        } else {
            // the layout of NtmJson.write of a list: each element indented by two spaces
            String element = text.substring(0, text.length() - 1).replace("\n", "\n  ");
            out.print(written == 0 ? "[\n  " : ",\n  ");
            out.print(element);
        }
        written++;
        return ok;
    }

    /** Closes the array (an empty one if nothing was written). */
    void close() {
        if (array) out.print(written == 0 ? "[ ]\n" : "\n]\n");
        out.flush();
    }
}
