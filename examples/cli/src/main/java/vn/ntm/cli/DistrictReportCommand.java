package vn.ntm.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.ntm.core.engine.Evaluator;
import vn.ntm.core.input.Assessment;
import vn.ntm.core.input.InputError;
import vn.ntm.core.input.InvalidAssessmentException;
import vn.ntm.core.json.NtmJson;
import vn.ntm.core.result.AssessmentResult;
import vn.ntm.core.workflow.DistrictPlan;
import vn.ntm.core.workflow.DistrictReport;
import vn.ntm.core.workflow.DistrictTextReport;
import vn.ntm.core.workflow.InvalidPlanException;
import vn.ntm.core.workflow.PlanReader;

/** {@code ntm district-report [--format text|json] [--plan FILE] [--previous FILE|DIR]... FILE|DIR...} */
@Command(name = "district-report", mixinStandardHelpOptions = true,
        description = "Báo cáo tiến độ của huyện trên các xã (district report over its communes; with several assessments of a"
                + " commune, the latest is reported and compared with the one before it).")
final class DistrictReportCommand implements Callable<Integer> {
    enum OutputFormat { text, json, xlsx, html }

    @Spec
    CommandSpec spec;

    @Option(names = "--format", defaultValue = "text", description = "text (Vietnamese report, default), json (ntm-district-report/1),"
            + " xlsx (workbook of the reported results) or html (dashboard); xlsx and html need -o")
    OutputFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "for xlsx and html: the file to write (never an input)")
    Path output;

    @Option(names = "--plan", paramLabel = "FILE", description = "district plan (ntm-plan/1, YAML or JSON): deadlines and weekly report")
    Path plan;

    @Option(names = "--previous", paramLabel = "FILE|DIR", description = "earlier assessments to compare with (weekly progress), repeatable")
    List<Path> previous = new ArrayList<>();

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "assessment files or folders")
    List<Path> inputs;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (format == OutputFormat.xlsx || format == OutputFormat.html) {
            String why = output == null ? "--format " + format + " cần -o TỆP (needs -o FILE)" : DeskReport.refuse(output, inputs, previous, plan);
            if (why != null) {
                err.println("ntm: " + why);
                return 2;
            }
        }
        DistrictPlan p = null;
        if (plan != null) {
            try {
                p = PlanReader.read(plan);
            } catch (InvalidPlanException e) {
                return bad(out, err, plan.toString(), e.errors());
            }
        }
        Evaluator evaluator = Evaluator.create();
        List<AssessmentResult> now = new ArrayList<>();
        List<AssessmentResult> before = new ArrayList<>();
        List<Object> errors = new ArrayList<>();
        if (!read(inputs, evaluator, now, errors, err) || !read(previous, evaluator, before, errors, err)) return 1;
        if (!errors.isEmpty()) {
            if (format == OutputFormat.json) out.print(NtmJson.write(errors.size() == 1 ? errors.get(0) : errors));
            out.flush();
            return 2;
        }
        if (now.isEmpty()) {
            err.println("ntm: no assessment files (*.json) found in " + inputs);
            return 1;
        }
        DistrictReport report = DistrictReport.build(now, before, p);
        if (format == OutputFormat.xlsx || format == OutputFormat.html) return DeskReport.write(report, format == OutputFormat.html, output, err);
        out.print(format == OutputFormat.json ? NtmJson.write(report) : DistrictTextReport.render(report));
        out.flush();
        return 0;
    }

    private static boolean read(List<Path> paths, Evaluator ev, List<AssessmentResult> into, List<Object> errors, PrintWriter err)
            throws IOException {
        List<Path> files = Inputs.files(paths, err);
        if (files == null) return false;
        for (Path f : files) {
            try {
                Assessment a = NtmJson.readAssessment(Files.readAllBytes(f), f.toString(), ev.definitions());
                into.add(ev.evaluate(a));
            } catch (InvalidAssessmentException e) {
                Inputs.reportInvalid(err, f, Inputs.INVALID_INPUT, e.errors());
                errors.add(NtmJson.errorDocument(f.toString(), e.errors()));
            }
        }
        return true;
    }

    private int bad(PrintWriter out, PrintWriter err, String source, List<InputError> errors) {
        Inputs.reportInvalid(err, source, Inputs.INVALID_PLAN, errors);
        if (format == OutputFormat.json) out.print(NtmJson.write(NtmJson.errorDocument(source, errors)));
        out.flush();
        return 2;
    }
}
