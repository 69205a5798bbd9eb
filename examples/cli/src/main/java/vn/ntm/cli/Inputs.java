package vn.ntm.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import vn.ntm.core.input.InputError;

/**
 * Assessment files named on the command line: a folder means every *.json directly in it (not sub-folders). A path
 * that is missing, not a regular file, or a folder without assessments stays in the list as an item with its problem,
 * so that it gets its own ntm-error/1 in its place and the rest is still evaluated.
 */
final class Inputs {
    private Inputs() { }

    /** One input: a file to read, or (with {@code problem}) a path that cannot be one. */
    record Item(Path path, List<InputError> problem) {
        static Item file(Path p) { return new Item(p, null); }

        static Item bad(Path p, String where, String message) { return new Item(p, List.of(new InputError(where, message))); }
    }

    static List<Item> list(List<Path> inputs) {
        List<Item> items = new ArrayList<>();
        for (Path p : inputs) {
            if (Files.isDirectory(p)) {
                List<Path> found = new ArrayList<>();
                try (Stream<Path> s = Files.list(p)) {
                    s.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().forEach(found::add);
                } catch (IOException | RuntimeException e) {
                    items.add(Item.bad(p, "(folder)", "không đọc được thư mục (cannot list the folder): " + e.getClass().getSimpleName()));
                    continue;
                }
                if (found.isEmpty()) {
                    items.add(Item.bad(p, "(folder)", "thư mục không có tệp *.json nào (no assessment files (*.json) in this folder)"));
                }
                for (Path f : found) items.add(check(f));
            } else {
                items.add(check(p));
            }
        }
        return items;
    }

    /**
     * The files of the desk's and the what-if's whole-batch runs (they read everything before evaluating): null, after
     * each problem is reported, when a path is missing, not a regular file or a folder without assessments.
     */
    static List<Path> files(List<Path> inputs, PrintWriter err) {
        List<Path> files = new ArrayList<>();
        boolean ok = true;
        for (Item i : list(inputs)) {
            if (i.problem() == null) {
                files.add(i.path());
            } else {
                reportInvalid(err, i.path(), INVALID_INPUT, i.problem());
                ok = false;
            }
        }
        return ok ? files : null;
    }

    private static Item check(Path p) {
        if (Files.isRegularFile(p)) return Item.file(p);
        if (!Files.exists(p)) return Item.bad(p, "(file)", "không có tệp hoặc thư mục này (no such file or folder)");
        return Item.bad(p, "(file)", "không phải tệp thường (not a regular file)");
    }

    /** Bad input on stderr, always: one line naming the file, then each problem with its path. */
    static void reportInvalid(PrintWriter err, Object source, String what, List<InputError> errors) {
        err.println("ntm: " + source + ": " + what + ", " + errors.size() + " lỗi:");
        for (InputError ie : errors) err.println("  " + ie.path() + ": " + ie.message());
    }

    static final String INVALID_INPUT = "dữ liệu không hợp lệ (invalid input)";
    static final String INVALID_PLAN = "kế hoạch không hợp lệ (invalid plan)";
}
