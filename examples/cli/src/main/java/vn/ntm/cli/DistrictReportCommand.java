package vn.ntm.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.ntm.core.engine.CompanionResolver;
import vn.ntm.core.engine.Evaluator;
import vn.ntm.core.engine.Ordered;
import vn.ntm.core.input.InputError;
import vn.ntm.core.json.NtmJson;
import vn.ntm.core.workflow.DistrictPlan;
import vn.ntm.core.workflow.InvalidPlanException;
import vn.ntm.core.workflow.PlanReader;

/**
 * {@code ntm district-report [--format text|json|xlsx|html] [-o FILE] [--plan FILE] [--as-of DATE] [--previous FILE|DIR]... [--overlay FILE]...
 * [--strict] [--accept-overlay] FILE|DIR...}
 */
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

    @Option(names = "--as-of", paramLabel = "yyyy-mm-dd",
            description = "the report's date: every deadline and overdue mark is counted at it (default: the latest assessment date)")
    LocalDate asOf;

    @Option(names = "--previous", paramLabel = "FILE|DIR", description = "earlier assessments to compare with (weekly progress), repeatable")
    List<Path> previous = new ArrayList<>();

    @Option(names = "--overlay", paramLabel = "FILE", description = "provincial threshold overlay (ntm-overlay/1), repeatable")
    List<Path> overlays = new ArrayList<>();

    @Option(names = "--strict", description = "keep only certain outcomes; those resting on a provisional level become no data")
    boolean strict;

    @Option(names = "--accept-overlay", description = "count overlay levels as certain, so that --strict keeps outcomes decided on them")
    boolean acceptOverlay;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "assessment files or folders")
    List<Path> inputs;

    @Override
    public Integer call() throws java.io.IOException {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        boolean desk = format == OutputFormat.xlsx || format == OutputFormat.html;
        if (desk) {
            String why = output == null ? "--format " + format + " cần -o TỆP (needs -o FILE)" : DeskReport.refuse(output, inputs, previous, plan);
            if (why != null) {
                err.println("ntm: " + why);
                return 2;
            }
        }
        boolean json = format == OutputFormat.json;
        Evaluator evaluator = EvaluateCommand.Setup.evaluator(overlays, strict, acceptOverlay, json, out, err);
        if (evaluator == null) return 2;
        DistrictPlan p = null;
        if (plan != null) {
            try {
                p = PlanReader.read(plan);
            } catch (InvalidPlanException e) {
                Inputs.reportInvalid(err, plan, Inputs.INVALID_PLAN, e.errors());
                if (json) out.print(NtmJson.write(NtmJson.errorDocument(plan.toString(), e.errors())));
                out.flush();
                return 2;
            }
        }
        // earlier files first: the comparison each commune needs is then done before its latest file comes
        List<Inputs.Item> items = new ArrayList<>(Inputs.list(previous));
        int firstCurrent = items.size();
        items.addAll(Inputs.list(inputs));
        Progress progress = new Progress(err, items.size());
        FileBatch files = new FileBatch(items, evaluator.definitions(), progress);
        ReportPlan layout = ReportPlan.of(files, firstCurrent, asOf);
        CompanionResolver batch = evaluator.batch(files);
        DistrictReportWriter writer = desk ? new DistrictReportWriter.Desk(out, p, layout.asOf())
                : json ? new DistrictReportWriter.Json(out, p, layout.asOf())
                : new DistrictReportWriter.Text(out, p, layout.asOf());
        SectionAssembler sections = new SectionAssembler(layout, p, writer);
        List<Object> errors = new ArrayList<>();
        progress.phase("đánh giá và lập báo cáo (evaluating, writing the report)", items.size());
        Ordered.map(IntStream.range(0, items.size()).iterator(), i -> Outcome.of(batch, files, i),
                Runtime.getRuntime().availableProcessors(), 16, o -> {
                    if (!o.ok()) {
                        o.report(err);
                        errors.add(NtmJson.errorDocument(o.source(), o.errors()));
                    }
                    sections.accept(o);
                    progress.step();
                });
        progress.done();
        for (String missing : sections.unreported()) {
            err.println("ntm: " + missing + ": không lập được phần báo cáo của xã (no section: its latest assessment is invalid)");
        }
        if (!writer.started()) {
            // nothing to report on: the errors are the output
            if (json && !errors.isEmpty()) out.print(NtmJson.write(errors.size() == 1 ? errors.get(0) : errors));
            if (errors.isEmpty()) {
                err.println("ntm: no assessment files (*.json) found in " + inputs);
                List<InputError> none = List.of(new InputError("(input)", "không có tệp đánh giá nào (no assessment files)"));
                if (json) out.print(NtmJson.write(NtmJson.errorDocument(inputs.toString(), none)));
            }
            out.flush();
            return 2;
        }
        writer.finish(errors);
        out.flush();
        if (desk) DeskReport.write(((DistrictReportWriter.Desk) writer).report(), format == OutputFormat.html, output, err);
        return errors.isEmpty() ? 0 : 2;
    }
}
