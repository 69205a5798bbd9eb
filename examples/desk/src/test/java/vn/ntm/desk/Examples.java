package vn.ntm.desk;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import vn.ntm.core.engine.Evaluator;
import vn.ntm.core.input.Assessment;
import vn.ntm.core.json.NtmJson;

/** The Hữu Lũng example (tests run from examples/), read once per test JVM. */
final class Examples {
    static final Path HUU_LUNG = Path.of("huu-lung");
    static final Evaluator EVALUATOR = Evaluator.create();

    private Examples() { }

    static List<Assessment> read(Path dir) throws IOException {
        List<Assessment> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path f : s.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                out.add(NtmJson.readAssessment(Files.readAllBytes(f), f.toString(), EVALUATOR.definitions()));
            }
        }
        return out;
    }

    static Path target(String name) throws IOException {
        Path dir = Path.of("desk", "target", "desk-test");
        Files.createDirectories(dir);
        return dir.resolve(name);
    }
}
