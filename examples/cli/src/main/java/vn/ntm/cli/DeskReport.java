package vn.ntm.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import vn.ntm.core.result.AssessmentResult;
import vn.ntm.core.workflow.DistrictReport;
import vn.ntm.desk.Dashboard;
import vn.ntm.desk.ResultWorkbook;

/** {@code ntm district-report --format xlsx|html -o FILE}: the district report as the desk's workbook or dashboard. */
final class DeskReport {
    private DeskReport() { }

    static String refuse(Path output, List<Path> inputs, List<Path> previous, Path plan) throws IOException {
        List<Path> all = new ArrayList<>(inputs);
        all.addAll(previous);
        if (plan != null) all.add(plan);
        return OutputFile.refuse(output, all);
    }

    static int write(DistrictReport report, boolean html, Path output, PrintWriter err) throws IOException {
        if (html) {
            String page = Dashboard.render(report);
            OutputFile.write(output, o -> o.write(page.getBytes(StandardCharsets.UTF_8)));
        } else {
            // the results the report stands on: the latest of each commune, with its schedule
            List<AssessmentResult> results = report.communes().stream().map(DistrictReport.CommuneSection::result).toList();
            OutputFile.write(output, o -> ResultWorkbook.write(o, results));
        }
        err.println("ntm: đã ghi (written) " + output + " — " + report.communes().size() + " xã (communes)");
        return 0;
    }
}
