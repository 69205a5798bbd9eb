package vn.ntm.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.ntm.core.result.AssessmentResult;
import vn.ntm.core.workflow.DistrictPlan;
import vn.ntm.core.workflow.DistrictReport;

/**
 * Receives every file's outcome in input order and writes each commune's section as soon as the files it needs are
 * done. Only the results a section still waits for are held, so a report over many communes keeps memory flat.
 */
final class SectionAssembler {
    private final ReportPlan layout;
    private final DistrictPlan plan;
    private final DistrictReportWriter writer;
    private final Map<Integer, AssessmentResult> waiting = new HashMap<>();
    private final List<String> unreported = new ArrayList<>();
    private int next;

    SectionAssembler(ReportPlan layout, DistrictPlan plan, DistrictReportWriter writer) {
        this.layout = layout;
        this.plan = plan;
        this.writer = writer;
    }

    void accept(Outcome o) {
        if (o.ok() && layout.needed()[o.index()]) waiting.put(o.index(), o.result());
        while (next < layout.sections().size() && layout.sections().get(next).last() <= o.index()) {
            ReportPlan.Section s = layout.sections().get(next++);
            AssessmentResult latest = waiting.remove(s.latest());
            AssessmentResult before = s.before() < 0 ? null : waiting.remove(s.before());
            AssessmentResult first = s.first() < 0 ? null : s.first() == s.before() ? before : waiting.remove(s.first());
            if (latest == null) {
                unreported.add(s.commune()); // its latest file is invalid: reported with the file's own error
            } else {
                writer.section(DistrictReport.section(latest, before, first, plan, layout.asOf()));
            }
        }
    }

    /** Communes whose latest assessment could not be evaluated. */
    List<String> unreported() { return unreported; }
}
