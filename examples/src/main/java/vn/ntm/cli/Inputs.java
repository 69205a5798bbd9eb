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
}
