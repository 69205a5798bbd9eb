package vn.ntm.cli;

import com.fasterxml.jackson.databind.SequenceWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import vn.ntm.core.engine.DefinitionsException;
import vn.ntm.core.engine.Evaluator;
import vn.ntm.core.input.Assessment;
import vn.ntm.core.input.InputError;
import vn.ntm.core.input.InvalidAssessmentException;
import vn.ntm.core.json.NtmJson;
import vn.ntm.core.report.TextReport;
import vn.ntm.core.result.AssessmentResult;

/** {@code ntm evaluate [--format text|json] [--overlay FILE]... [--strict] FILE|DIR...} */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Đánh giá các xã từ tệp ntm-assessment/1 (evaluate assessment files; a folder means every *.json in it).")
final class EvaluateCommand implements Callable<Integer> {
    enum OutputFormat { text, json }

    @Spec
    CommandSpec spec;

    @Option(names = "--format", defaultValue = "text", description = "text (Vietnamese report, default) or json (ntm-result/1)")
    OutputFormat format;

    @Option(names = "--overlay", paramLabel = "FILE", description = "provincial threshold overlay (ntm-overlay/1), repeatable")
    List<Path> overlays = new ArrayList<>();

    @Option(names = "--strict", description = "treat results resting on unverified thresholds as no data")
    boolean strict;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "assessment files or folders")
    List<Path> inputs;

    private record Invalid(Path file, InvalidAssessmentException e) { }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Evaluator evaluator;
        try {
            Evaluator.Builder b = Evaluator.builder().strict(strict);
            overlays.forEach(b::overlay);
            evaluator = b.build();
        } catch (DefinitionsException e) {
            err.println("ntm: " + e.getMessage());
            if (format == OutputFormat.json) {
                out.print(NtmJson.write(NtmJson.errorDocument(overlays.isEmpty() ? null : overlays.get(0).toString(),
                        List.of(new InputError("(overlay)", e.getMessage())))));
            }
            return 2;
        }
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
                return 1;
            }
        }
        if (files.isEmpty()) {
            err.println("ntm: no assessment files (*.json) found in " + inputs);
            return 1;
        }
        // files are read and evaluated on all cores but written in input order as soon as they are done, so
        // memory stays flat however many files there are
        boolean[] bad = {false};
        boolean[] first = {true};
        Progress progress = new Progress(err, files.size());
        SequenceWriter array = format == OutputFormat.json && files.size() > 1 ? NtmJson.arrayWriter(out) : null;
        Function<Path, Object> evaluateFile = f -> {
            try {
                Assessment a = NtmJson.readAssessment(Files.readAllBytes(f), f.toString(), evaluator.definitions());
                return evaluator.evaluate(a);
            } catch (InvalidAssessmentException e) {
                return new Invalid(f, e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
        Ordered.map(files, evaluateFile, Runtime.getRuntime().availableProcessors(), d -> {
            Object doc = d;
            if (d instanceof Invalid inv) {
                bad[0] = true;
                err.println("ntm: " + inv.file() + ": dữ liệu không hợp lệ (invalid input), " + inv.e().errors().size() + " lỗi:");
                for (InputError ie : inv.e().errors()) err.println("  " + ie.path() + ": " + ie.message());
                doc = NtmJson.errorDocument(inv.file().toString(), inv.e().errors());
            }
            if (format == OutputFormat.json) {
                if (array != null) {
                    try {
                        array.write(doc);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                } else {
                    out.print(NtmJson.write(doc));
                }
            } else if (doc instanceof AssessmentResult r) {
                if (!first[0]) out.print("\n" + "─".repeat(72) + "\n\n");
                out.print(TextReport.render(r));
                first[0] = false;
            }
            progress.step();
        });
        if (array != null) {
            array.close();
            out.print("\n");
        }
        progress.done();
        out.flush();
        return bad[0] ? 2 : 0;
    }
}
