package vn.ntm.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Assessment files named on the command line: a folder means every *.json directly in it (not sub-folders). */
final class Inputs {
    private Inputs() { }

    /** The files, in order; null (after a message on err) when a path does not exist. */
    static List<Path> files(List<Path> inputs, java.io.PrintWriter err) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path p : inputs) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.list(p)) {
                    s.filter(f -> f.getFileName().toString().endsWith(".json") && Files.isRegularFile(f)).sorted().forEach(files::add);
                }
            } else if (Files.isRegularFile(p)) {
                files.add(p);
            } else {
                err.println("ntm: no such file or folder: " + p);
                return null;
            }
        }
        return files;
    }

    /** Bad input on stderr, always: one line naming the file, then each problem with its path. */
    static void reportInvalid(java.io.PrintWriter err, Object source, String what, List<vn.ntm.core.input.InputError> errors) {
        err.println("ntm: " + source + ": " + what + ", " + errors.size() + " lỗi:");
        for (vn.ntm.core.input.InputError ie : errors) err.println("  " + ie.path() + ": " + ie.message());
    }

    static final String INVALID_INPUT = "dữ liệu không hợp lệ (invalid input)";
    static final String INVALID_PLAN = "kế hoạch không hợp lệ (invalid plan)";
}
