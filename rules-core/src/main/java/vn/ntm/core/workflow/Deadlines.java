package vn.ntm.core.workflow;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import vn.ntm.core.facts.IndicatorStatus;
import vn.ntm.core.result.AssessmentResult;
import vn.ntm.core.result.CriterionResult;
import vn.ntm.core.result.IndicatorResult;
import vn.ntm.core.result.OpenItem;
import vn.ntm.core.result.Schedule;

/**
 * Applies a district plan to a result: every criterion not in the appraised group becomes an item with the due date
 * of its group, overdue when the as-of date is past it (a district report counts every commune at its own report
 * date; a single result, at its assessment date). The letter says "trước ngày 25/9/2024"; we read the date itself as
 * still in time (a report filed on the day is accepted in practice), so overdue means after it. The weekly report is
 * owed "until the criteria are done": none once the commune achieves every criterion.
 */
public final class Deadlines {
    private Deadlines() { }

    /** The result with its schedule; the result is unchanged when the plan does not cover the commune. */
    public static AssessmentResult apply(AssessmentResult r, DistrictPlan plan) {
        return apply(r, plan, r.assessedOn());
    }

    /** As {@link #apply(AssessmentResult, DistrictPlan)}, counting days and overdue items at {@code asOf}. */
    public static AssessmentResult apply(AssessmentResult r, DistrictPlan plan, LocalDate asOf) {
        if (!plan.covers(r.commune().code())) return r;
        return r.withSchedule(schedule(r, plan, asOf)).withStillNeeds(vn.ntm.core.planning.StillNeeds.of(r, plan));
    }

    public static Schedule schedule(AssessmentResult r, DistrictPlan plan) { return schedule(r, plan, r.assessedOn()); }

    public static Schedule schedule(AssessmentResult r, DistrictPlan plan, LocalDate asOf) {
        List<OpenItem> items = new ArrayList<>();
        int overdue = 0;
        for (CriterionResult c : r.criteria()) {
            // the group is the definitions' policy: a regression of an appraised criterion is not in APPRAISED
            if (c.group() == null || c.group() == AppraisalGroup.APPRAISED) continue;
            List<String> open = new ArrayList<>();
            int missing = 0;
            for (IndicatorResult i : c.indicators()) {
                if (i.status() == IndicatorStatus.FAIL || i.status() == IndicatorStatus.NO_DATA) open.add(i.code());
                missing += i.missingEvidence().size();
            }
            // an achieved criterion whose dossier is complete owes nothing more: it waits for the province
            OpenItem.State state = c.group() == AppraisalGroup.ACHIEVED_NOT_APPRAISED && missing == 0
                    ? OpenItem.State.DOSSIER_COMPLETE : OpenItem.State.OPEN;
            LocalDate due = plan.deadline(c.group());
            boolean late = state == OpenItem.State.OPEN && due != null && asOf.isAfter(due);
            if (late) overdue++;
            Long daysLeft = due == null ? null : ChronoUnit.DAYS.between(asOf, due);
            String task = c.group() == AppraisalGroup.ACHIEVED_NOT_APPRAISED
                    ? "Duy trì, nâng cao chất lượng tiêu chí; hoàn thiện hồ sơ minh chứng, báo cáo UBND huyện"
                    : "Đẩy nhanh tiến độ, hoàn thành các chỉ tiêu, tiêu chí và hoàn thiện hồ sơ minh chứng";
            String taskEn = c.group() == AppraisalGroup.ACHIEVED_NOT_APPRAISED
                    ? "Keep the criterion up; complete its dossier and report to the district"
                    : "Achieve the criterion's indicators and complete its dossier";
            items.add(new OpenItem(c.code(), c.name(), c.group(), state, task, taskEn, due, late, daysLeft, open, missing));
        }
        int openCount = (int) items.stream().filter(i -> i.state() == OpenItem.State.OPEN).count();
        boolean finished = r.achievedCount() == r.criteriaCount();
        return new Schedule(plan.district(), plan.source(), asOf, openCount, overdue, items, finished ? null : nextReport(plan, asOf));
    }

    /** The next weekly report due on or after the day (at its hour), or null outside the reporting period. */
    public static LocalDateTime nextReport(DistrictPlan plan, LocalDate day) {
        DistrictPlan.WeeklyReport w = plan.weeklyReport();
        if (w == null) return null;
        LocalDate start = day.isBefore(w.from()) ? w.from() : day;
        LocalDate next = start.with(TemporalAdjusters.nextOrSame(w.day()));
        if (w.to() != null && next.isAfter(w.to())) return null;
        return next.atTime(w.time());
    }
}
