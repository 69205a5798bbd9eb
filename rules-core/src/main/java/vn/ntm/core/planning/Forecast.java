package vn.ntm.core.planning;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.ntm.core.result.AssessmentResult;
import vn.ntm.core.workflow.AppraisalGroup;
import vn.ntm.core.workflow.DistrictPlan;

/**
 * The pace of a commune over two or more assessments: criteria gained per week from the first to the latest, the day
 * all criteria would be achieved at that pace, and whether that is by the plan's deadline for criteria not yet achieved
 * ("kịp tiến độ") or not ("chậm tiến độ"). A pace of zero or less never gets there: behind, with no date.
 *
 * @param expectedComplete the day the last criterion would be achieved at this pace (null when the pace is not positive)
 * @param deadline         the plan's deadline for criteria not yet achieved, when a plan gives one
 * @param status           null when there is no deadline to hold the date against
 */
@JsonPropertyOrder({"from", "to", "assessments", "achievedFrom", "achievedTo", "criteriaCount", "criteriaPerWeek",
        "expectedComplete", "deadline", "status", "statusText", "statusTextEn"})
public record Forecast(LocalDate from, LocalDate to, int assessments, int achievedFrom, int achievedTo, int criteriaCount,
                       BigDecimal criteriaPerWeek, @JsonInclude(JsonInclude.Include.NON_NULL) LocalDate expectedComplete,
                       @JsonInclude(JsonInclude.Include.NON_NULL) LocalDate deadline,
                       @JsonInclude(JsonInclude.Include.NON_NULL) Status status,
                       @JsonInclude(JsonInclude.Include.NON_NULL) String statusText,
                       @JsonInclude(JsonInclude.Include.NON_NULL) String statusTextEn) {

    public enum Status {
        COMPLETE("đã đạt đủ tiêu chí", "all criteria achieved"),
        ON_TRACK("kịp tiến độ", "on track"),
        BEHIND("chậm tiến độ", "behind schedule");

        private final String vi;
        private final String en;

        Status(String vi, String en) { this.vi = vi; this.en = en; }

        public String vi() { return vi; }

        public String en() { return en; }
    }

    /**
     * The forecast from the results of one commune under one set, or null with fewer than two assessment dates.
     *
     * @param plan may be null: then no deadline and no status, unless all criteria are already achieved
     */
    public static Forecast of(List<AssessmentResult> results, DistrictPlan plan) {
        Map<LocalDate, AssessmentResult> byDate = new TreeMap<>();
        for (AssessmentResult r : results) byDate.putIfAbsent(r.assessedOn(), r);
        if (byDate.size() < 2) return null;
        List<AssessmentResult> rs = new ArrayList<>(byDate.values());
        rs.sort(Comparator.comparing(AssessmentResult::assessedOn));
        AssessmentResult first = rs.get(0);
        AssessmentResult last = rs.get(rs.size() - 1);
        long days = ChronoUnit.DAYS.between(first.assessedOn(), last.assessedOn());
        int gained = last.achievedCount() - first.achievedCount();
        int remaining = last.criteriaCount() - last.achievedCount();
        BigDecimal perWeek = BigDecimal.valueOf(gained * 7L).divide(BigDecimal.valueOf(days), 2, RoundingMode.HALF_UP);
        LocalDate expected = null;
        if (remaining <= 0) {
            expected = last.assessedOn();
        } else if (gained > 0) {
            // whole days, rounded up: the last criterion is not achieved on a fraction of a day
            long more = (remaining * days + gained - 1) / gained;
            expected = last.assessedOn().plusDays(more);
        }
        LocalDate deadline = plan == null || !plan.covers(last.commune().code()) ? null : plan.deadline(AppraisalGroup.TO_ACHIEVE);
        Status status;
        if (remaining <= 0) status = Status.COMPLETE;
        else if (deadline == null) status = null;
        else status = expected != null && !expected.isAfter(deadline) ? Status.ON_TRACK : Status.BEHIND;
        return new Forecast(first.assessedOn(), last.assessedOn(), rs.size(), first.achievedCount(), last.achievedCount(),
                last.criteriaCount(), perWeek, expected, deadline, status, status == null ? null : status.vi(),
                status == null ? null : status.en());
    }
}
