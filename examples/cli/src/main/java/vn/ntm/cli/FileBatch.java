package vn.ntm.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.List;
import vn.ntm.core.engine.AssessmentSource;
import vn.ntm.core.engine.Definitions;
import vn.ntm.core.input.Assessment;
import vn.ntm.core.input.InputError;
import vn.ntm.core.input.InvalidAssessmentException;
import vn.ntm.core.json.AssessmentKeys;
import vn.ntm.core.json.NtmJson;

/**
 * The files of a run as a batch: only each file's key (commune, set, date) is held, read in a cheap first pass; a file
 * is read in full only when it, or an assessment it is the companion of, is evaluated.
 */
final class FileBatch implements AssessmentSource {
    /** Larger than any assessment (the examples are about 20 KB): refused rather than read into memory. */
    static final long MAX_BYTES = 16L * 1024 * 1024;

    private final List<Inputs.Item> items;
    private final Definitions defs;
    private final Key[] keys;

    FileBatch(List<Inputs.Item> items, Definitions defs, Progress progress) {
        this.items = items;
        this.defs = defs;
        this.keys = new Key[items.size()];
        progress.phase("đọc mã xã, bộ tiêu chí, ngày (first pass: commune, set, date)", items.size());
        for (int i = 0; i < keys.length; i++) {
            Inputs.Item it = items.get(i);
            if (it.problem() == null) {
                try (InputStream in = Files.newInputStream(it.path())) {
                    keys[i] = AssessmentKeys.read(in);
                } catch (IOException | RuntimeException e) {
                    keys[i] = null; // reported when the file is read in full
                }
            }
            progress.step();
        }
        progress.done();
    }

    @Override public int size() { return items.size(); }

    @Override public Key key(int i) { return keys[i]; }

    Inputs.Item item(int i) { return items.get(i); }

    String source(int i) { return items.get(i).path().toString(); }

    @Override
    public Assessment load(int i) {
        Inputs.Item it = items.get(i);
        if (it.problem() != null) throw new InvalidAssessmentException(source(i), it.problem());
        byte[] bytes;
        try {
            if (!Files.isRegularFile(it.path())) throw fileProblem(i, "không phải tệp thường (not a regular file)");
            if (Files.size(it.path()) > MAX_BYTES) {
                throw fileProblem(i, "tệp quá lớn (file larger than " + MAX_BYTES / (1024 * 1024) + " MB)");
            }
            bytes = Files.readAllBytes(it.path());
        } catch (IOException e) {
            throw fileProblem(i, "không đọc được tệp (cannot read the file): " + e.getClass().getSimpleName());
        }
        return NtmJson.readAssessment(bytes, source(i), defs);
    }

    private InvalidAssessmentException fileProblem(int i, String message) {
        return new InvalidAssessmentException(source(i), List.of(new InputError("(file)", message)));
    }
}
