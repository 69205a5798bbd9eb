package vn.ntm.cli;

import java.io.PrintWriter;
import java.util.List;
import vn.ntm.core.engine.CompanionResolver;
import vn.ntm.core.input.InputError;
import vn.ntm.core.input.InvalidAssessmentException;
import vn.ntm.core.result.AssessmentResult;

/**
 * What became of one file of a run: its result, or the problems that stand in its place. Whatever fails while a file
 * is read or evaluated stays with that file; the other files are not touched.
 */
record Outcome(int index, String source, AssessmentResult result, List<InputError> errors) {

    boolean ok() { return result != null; }

    static Outcome of(CompanionResolver batch, FileBatch files, int i) { return of(batch, files.source(i), i); }

    static Outcome of(CompanionResolver batch, String source, int i) {
        try {
            return new Outcome(i, source, batch.evaluate(i), null);
        } catch (InvalidAssessmentException e) {
            return new Outcome(i, source, null, e.errors());
        } catch (RuntimeException | StackOverflowError e) {
            // not the input's fault as far as we can tell, but only this file is affected: it gets its error, the rest goes on
            return new Outcome(i, source, null, List.of(new InputError("(evaluation)",
                    "lỗi khi đánh giá tệp này (evaluating this file failed): " + e.getClass().getSimpleName())));
        }
    }

    /** The problems on stderr, always. */
    void report(PrintWriter err) {
        if (!ok()) Inputs.reportInvalid(err, source, Inputs.INVALID_INPUT, errors);
    }
}
