package vn.ntm.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
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
import vn.ntm.core.workflow.Deadlines;
import vn.ntm.core.workflow.DistrictPlan;
import vn.ntm.core.workflow.InvalidPlanException;
import vn.ntm.core.workflow.PlanReader;

/** {@code ntm evaluate [--format text|json] [--overlay FILE]... [--strict] [--plan FILE] FILE|DIR...} */
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

    @Option(names = "--plan", paramLabel = "FILE", description = "district plan (ntm-plan/1): adds due dates and overdue items")
    Path plan;

    @Option(names = "--strict", description = "treat results resting on unverified thresholds as no data")
    boolean strict;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "assessment files or folders")
    List<Path> inputs;

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
        DistrictPlan districtPlan = null;
        if (plan != null) {
            try {
                districtPlan = PlanReader.read(plan);
            } catch (InvalidPlanException e) {
                err.println("ntm: " + plan + ": kế hoạch không hợp lệ (invalid plan), " + e.errors().size() + " lỗi:");
                for (InputError ie : e.errors()) err.println("  " + ie.path() + ": " + ie.message());
                if (format == OutputFormat.json) out.print(NtmJson.write(NtmJson.errorDocument(plan.toString(), e.errors())));
                out.flush();
                return 2;
            }
        }
        List<Path> files = Inputs.files(inputs, err);
        if (files == null) return 1;
        if (files.isEmpty()) {
            err.println("ntm: no assessment files (*.json) found in " + inputs);
            return 1;
        }
        List<Object> docs = new ArrayList<>();
        List<Assessment> valid = new ArrayList<>();
        List<Integer> slots = new ArrayList<>();
        boolean bad = false;
        for (Path f : files) {
            try {
                Assessment a = NtmJson.readAssessment(Files.readAllBytes(f), f.toString(), evaluator.definitions());
                // evaluated together below, so that a companion assessment (e.g. xã NTM for nâng cao) is seen
                slots.add(docs.size());
                valid.add(a);
                docs.add(null);
            } catch (InvalidAssessmentException e) {
                bad = true;
                err.println("ntm: " + f + ": dữ liệu không hợp lệ (invalid input), " + e.errors().size() + " lỗi:");
                for (InputError ie : e.errors()) err.println("  " + ie.path() + ": " + ie.message());
                docs.add(NtmJson.errorDocument(f.toString(), e.errors()));
            }
        }
        List<AssessmentResult> results = evaluator.evaluateAll(valid);
        for (int i = 0; i < results.size(); i++) {
            AssessmentResult r = results.get(i);
            docs.set(slots.get(i), districtPlan != null ? Deadlines.apply(r, districtPlan) : r);
        }
        if (format == OutputFormat.json) {
            out.print(docs.size() == 1 ? NtmJson.write(docs.get(0)) : NtmJson.write(docs));
        } else {
            boolean first = true;
            for (Object d : docs) {
                if (d instanceof AssessmentResult r) {
                    if (!first) out.print("\n" + "─".repeat(72) + "\n\n");
                    out.print(TextReport.render(r));
                    first = false;
                }
            }
        }
        out.flush();
        return bad ? 2 : 0;
    }
}
