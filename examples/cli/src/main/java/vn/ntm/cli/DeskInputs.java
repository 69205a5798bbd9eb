package vn.ntm.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import vn.ntm.core.engine.Definitions;
import vn.ntm.core.input.Assessment;
import vn.ntm.core.input.InputError;
import vn.ntm.core.input.InvalidAssessmentException;
import vn.ntm.core.json.NtmJson;
import vn.ntm.desk.CellError;
import vn.ntm.desk.WorkbookReader;

/**
 * Assessments from JSON files, folders of them and workbooks (.xlsx, named explicitly: a folder still means its *.json
 * files only). Every bad file is reported on stderr with each problem, and kept as an ntm-error/1 document; the good
 * files are all read.
 */
final class DeskInputs {
    final List<Assessment> assessments = new ArrayList<>();
    final List<Object> errorDocuments = new ArrayList<>();
    final List<Path> files = new ArrayList<>();

    private DeskInputs() { }

    static boolean isWorkbook(Path p) { return p.getFileName() != null && p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx"); }

    static boolean anyWorkbook(List<Path> paths) { return paths != null && paths.stream().anyMatch(DeskInputs::isWorkbook); }

    /** Null (after a message) when a path does not exist. */
    static DeskInputs read(List<Path> paths, Definitions defs, PrintWriter err) throws IOException {
        DeskInputs in = new DeskInputs();
        List<Path> files = Inputs.files(paths, err);
        if (files == null) return null;
        in.files.addAll(files);
        Progress progress = new Progress(err, files.size());
        progress.phase("đọc và kiểm tra (reading, checking)", files.size());
        for (Path f : files) {
            if (isWorkbook(f)) {
                WorkbookReader.Result r = WorkbookReader.read(f, defs);
                in.assessments.addAll(r.assessments());
                if (!r.ok()) {
                    List<InputError> errors = new ArrayList<>();
                    for (CellError e : r.errors()) errors.add(new InputError(e.path() == null ? e.cell() : e.path(), e.cell() + ": " + e.message()));
                    err.println("ntm: " + f + ": " + Inputs.INVALID_INPUT + ", " + errors.size() + " lỗi:");
                    for (CellError e : r.errors()) err.println("  " + e);
                    in.errorDocuments.add(NtmJson.errorDocument(f.toString(), errors));
                }
            } else {
                try {
                    in.assessments.add(NtmJson.readAssessment(Files.readAllBytes(f), f.toString(), defs));
                } catch (InvalidAssessmentException e) {
                    Inputs.reportInvalid(err, f, Inputs.INVALID_INPUT, e.errors());
                    in.errorDocuments.add(NtmJson.errorDocument(f.toString(), e.errors()));
                }
            }
            progress.step();
        }
        progress.done();
        return in;
    }
}
