package vn.ntm.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
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
import vn.ntm.core.engine.Definitions;
import vn.ntm.core.engine.DefinitionsException;
import vn.ntm.core.engine.Overlay;
import vn.ntm.core.engine.Evaluator;
import vn.ntm.core.engine.Ordered;
import vn.ntm.core.input.InputError;
import vn.ntm.core.json.NtmJson;
import vn.ntm.core.report.TextReport;
import vn.ntm.core.result.AssessmentResult;
import vn.ntm.core.workflow.Deadlines;
import vn.ntm.core.workflow.DistrictPlan;
import vn.ntm.core.workflow.InvalidPlanException;
import vn.ntm.core.workflow.PlanReader;

/**
 * {@code ntm evaluate [--format text|json|xlsx|html] [-o FILE] [--overlay FILE]... [--strict] [--accept-overlay] [--plan FILE]
 * FILE|DIR|FILE.xlsx...}
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Đánh giá các xã từ tệp ntm-assessment/1 hoặc biểu Excel (evaluate assessment files or .xlsx workbooks; a folder means every *.json in it).")
final class EvaluateCommand implements Callable<Integer> {
    enum OutputFormat { text, json, xlsx, html }

    @Spec
    CommandSpec spec;

    @Option(names = "--format", defaultValue = "text", description = "text (Vietnamese report, default), json (ntm-result/1),"
            + " xlsx (workbook: communes × criteria, indicators, missing evidence, deadlines) or html (dashboard); xlsx and html need -o")
    OutputFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "write to this file (never an input)")
    Path output;

    @Option(names = "--previous", paramLabel = "FILE|DIR", description = "earlier assessments, for the week's progress in the html dashboard")
    List<Path> previous = new ArrayList<>();

    @Option(names = "--overlay", paramLabel = "FILE", description = "provincial threshold overlay (ntm-overlay/1), repeatable")
    List<Path> overlays = new ArrayList<>();

    @Option(names = "--plan", paramLabel = "FILE", description = "district plan (ntm-plan/1): adds due dates and overdue items")
    Path plan;

    @Option(names = "--strict", description = "keep only certain outcomes; those resting on a provisional level become no data")
    boolean strict;

    @Option(names = "--accept-overlay", description = "count overlay levels (the province's decision, or a national level "
            + "its author read) as certain, so that --strict keeps outcomes decided on them")
    boolean acceptOverlay;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "assessment files or folders")
    List<Path> inputs;

    @Override
    public Integer call() throws java.io.IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Evaluator evaluator = Setup.evaluator(overlays, strict, acceptOverlay, format == OutputFormat.json, out, err);
        if (evaluator == null) return 2;
        DistrictPlan schedule = null;
        if (plan != null) {
            try {
                schedule = PlanReader.read(plan);
            } catch (InvalidPlanException e) {
                Inputs.reportInvalid(err, plan, Inputs.INVALID_PLAN, e.errors());
                if (format == OutputFormat.json) out.print(NtmJson.write(NtmJson.errorDocument(plan.toString(), e.errors())));
                out.flush();
                return 2;
            }
        }
        // workbooks in, or xlsx / html / a file out: the officials' desk (a separate, non-streaming path)
        if (DeskEvaluate.applies(this)) return DeskEvaluate.run(this, evaluator, schedule, out, err);
        List<Inputs.Item> items = Inputs.list(inputs);
        Progress progress = new Progress(err, items.size());
        // a first pass keeps only each file's commune, set and date: companions are then found, and read, on demand,
        // so memory stays flat however many files there are
        FileBatch files = new FileBatch(items, evaluator.definitions(), progress);
        CompanionResolver batch = evaluator.batch(files);
        Documents docs = new Documents(out, items.size() > 1);
        boolean[] bad = {false};
        boolean[] first = {true};
        DistrictPlan p = schedule;
        progress.phase("đánh giá (evaluating)", items.size());
        Ordered.map(IntStream.range(0, items.size()).iterator(), i -> Outcome.of(batch, files, i),
                Runtime.getRuntime().availableProcessors(), 16, o -> {
                    AssessmentResult r = o.ok() && p != null ? Deadlines.apply(o.result(), p) : o.result();
                    if (!o.ok()) {
                        bad[0] = true;
                        o.report(err);
                    }
                    Object doc = o.ok() ? r : NtmJson.errorDocument(o.source(), o.errors());
                    if (format == OutputFormat.json) {
                        if (!docs.write(doc, o.source())) bad[0] = true;
                    } else if (o.ok()) {
                        String text;
                        try {
                            text = TextReport.render(r);
                        } catch (RuntimeException e) {
                            bad[0] = true;
                            Inputs.reportInvalid(err, o.source(), Inputs.INVALID_INPUT, List.of(new InputError("(output)",
                                    "không ghi được báo cáo của tệp này (the report of this file could not be written): "
                                            + e.getClass().getSimpleName())));
                            progress.step();
                            return;
                        }
                        if (!first[0]) out.print("\n" + "─".repeat(72) + "\n\n");
                        out.print(text);
                        first[0] = false;
                    }
                    progress.step();
                });
        if (format == OutputFormat.json) docs.close();
        progress.done();
        out.flush();
        return bad[0] ? 2 : 0;
    }

    /** Evaluator construction shared by the commands that evaluate. */
    static final class Setup {
        private Setup() { }

        /** The evaluator, or null after reporting a bad overlay (exit 2), named by the overlay that failed. */
        static Evaluator evaluator(List<Path> overlays, boolean strict, boolean acceptOverlay, boolean json, PrintWriter out,
                                   PrintWriter err) {
            // each overlay is loaded on its own so that an error names the overlay that failed
            Path current = null;
            try {
                Definitions defs = Definitions.load();
                Evaluator.Builder b = Evaluator.builder().definitions(defs).strict(strict).acceptOverlay(acceptOverlay);
                for (Path o : overlays) {
                    current = o;
                    b.overlay(Overlay.load(o, defs));
                }
                current = null;
                return b.build();
            } catch (DefinitionsException e) {
                err.println("ntm: " + e.getMessage());
                if (json) {
                    out.print(NtmJson.write(NtmJson.errorDocument(current == null ? null : current.toString(),
                            List.of(new InputError(current == null ? "(definitions)" : "(overlay)", e.getMessage())))));
                }
                out.flush();
                return null;
            }
        }
    }
}
