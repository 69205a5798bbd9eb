package vn.ntm.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import vn.ntm.core.engine.Evaluator;
import vn.ntm.core.json.NtmJson;
import vn.ntm.core.report.TextReport;
import vn.ntm.core.result.AssessmentResult;
import vn.ntm.core.workflow.Deadlines;
import vn.ntm.core.workflow.DistrictPlan;
import vn.ntm.core.workflow.DistrictReport;
import vn.ntm.desk.Dashboard;
import vn.ntm.desk.ResultWorkbook;

/**
 * {@code ntm evaluate} for the officials' formats: workbooks as input, and xlsx or html output to a file. Kept apart
 * from the streaming JSON path: all communes are read, evaluated together (companions first) and written at once.
 */
final class DeskEvaluate {
    private DeskEvaluate() { }

    /** Whether this run needs the desk path rather than the streaming one. */
    static boolean applies(EvaluateCommand c) {
        return c.format == EvaluateCommand.OutputFormat.xlsx || c.format == EvaluateCommand.OutputFormat.html || c.output != null
                || DeskInputs.anyWorkbook(c.inputs) || !c.previous.isEmpty();
    }

    static int run(EvaluateCommand c, Evaluator evaluator, DistrictPlan plan, PrintWriter out, PrintWriter err) throws IOException {
        boolean toFile = c.format == EvaluateCommand.OutputFormat.xlsx || c.format == EvaluateCommand.OutputFormat.html;
        if (toFile && c.output == null) {
            err.println("ntm: --format " + c.format + " cần -o TỆP (needs -o FILE)");
            return 2;
        }
        List<Path> all = new ArrayList<>(c.inputs);
        all.addAll(c.previous);
        if (c.output != null) {
            String why = OutputFile.refuse(c.output, all);
            if (why != null) {
                err.println("ntm: " + why);
                return 2;
            }
        }
        DeskInputs now = DeskInputs.read(c.inputs, evaluator.definitions(), err);
        DeskInputs before = c.previous.isEmpty() ? null : DeskInputs.read(c.previous, evaluator.definitions(), err);
        if (now == null || (!c.previous.isEmpty() && before == null)) return 2;
        if (now.assessments.isEmpty() && now.errorDocuments.isEmpty()) {
            err.println("ntm: no assessment files (*.json, *.xlsx) found in " + c.inputs);
            return 1;
        }
        List<AssessmentResult> results = new ArrayList<>();
        for (AssessmentResult r : evaluator.evaluateAll(now.assessments)) results.add(plan == null ? r : Deadlines.apply(r, plan));
        List<AssessmentResult> earlier = before == null ? List.of() : evaluator.evaluateAll(before.assessments);
        List<Object> errors = new ArrayList<>(now.errorDocuments);
        if (before != null) errors.addAll(before.errorDocuments);
        int code = errors.isEmpty() ? 0 : 2;
        switch (c.format) {
            case xlsx -> OutputFile.write(c.output, o -> ResultWorkbook.write(o, results));
            case html -> {
                if (results.isEmpty()) return code;
                String page = Dashboard.render(DistrictReport.build(results, earlier, plan));
                OutputFile.write(c.output, o -> o.write(page.getBytes(StandardCharsets.UTF_8)));
            }
            case json -> {
                List<Object> docs = new ArrayList<>(results);
                docs.addAll(errors);
                String text = NtmJson.write(docs.size() == 1 ? docs.get(0) : docs);
                if (c.output == null) out.print(text);
                else OutputFile.write(c.output, o -> o.write(text.getBytes(StandardCharsets.UTF_8)));
            }
            case text -> {
                StringBuilder sb = new StringBuilder();
                for (AssessmentResult r : results) {
                    if (sb.length() > 0) sb.append("\n").append("─".repeat(72)).append("\n\n");
                    sb.append(TextReport.render(r));
                }
                if (c.output == null) out.print(sb);
                else OutputFile.write(c.output, o -> o.write(sb.toString().getBytes(StandardCharsets.UTF_8)));
            }
        }
        if (c.output != null) err.println("ntm: đã ghi (written) " + c.output + " — " + results.size() + " xã (communes)");
        out.flush();
        return code;
    }
}
