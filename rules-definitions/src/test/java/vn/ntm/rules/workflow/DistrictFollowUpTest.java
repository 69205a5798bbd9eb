package vn.ntm.rules.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ntm.core.input.Appraisal;
import vn.ntm.core.input.AppraisalLevel;
import vn.ntm.core.input.AppraisalOutcome;
import vn.ntm.core.input.Assessment;
import vn.ntm.core.result.AssessmentResult;
import vn.ntm.core.result.OpenItem;
import vn.ntm.core.result.Schedule;
import vn.ntm.core.workflow.AppraisalGroup;
import vn.ntm.core.workflow.Deadlines;
import vn.ntm.core.workflow.DistrictReport;
import vn.ntm.core.workflow.DistrictTextReport;

/**
 * The district's follow-up read as the Hữu Lũng letter asks: one as-of date for every deadline, a stale assessment
 * flagged, a regression kept on the schedule, a later refusal shown, and the weekly duty ending at 19/19.
 */
class DistrictFollowUpTest {
    private static final LocalDate SEP_27 = LocalDate.of(2024, 9, 27);

    private static OpenItem item(Schedule s, String criterion) {
        return s.items().stream().filter(i -> i.criterion().equals(criterion)).findFirst().orElse(null);
    }

    private static DistrictReport.CommuneSection section(DistrictReport d, String code) {
        return d.communes().stream().filter(s -> s.commune().code().equals(code)).findFirst().orElseThrow();
    }

    private static Assessment withValue(Assessment a, String code, Object v) {
        Map<String, Object> values = new LinkedHashMap<>(a.indicators());
        values.put(code, v);
        return new Assessment(a.commune(), a.criteriaSet(), a.assessedOn(), values, a.notApplicable(), a.evidence(),
                a.appraisals(), a.recognition(), a.prerequisite());
    }

    private static Assessment withAppraisal(Assessment a, Appraisal extra) {
        List<Appraisal> all = new ArrayList<>(a.appraisals());
        all.add(extra);
        return new Assessment(a.commune(), a.criteriaSet(), a.assessedOn(), a.indicators(), a.notApplicable(), a.evidence(),
                all, a.recognition(), a.prerequisite());
    }

    @Test
    void everyDeadlineIsCountedAtTheReportsDate() {
        DistrictReport d = DistrictReport.build(List.of(Fixtures.result("quyet-thang.json"), Fixtures.result("2024-09-27/minh-tien.json")),
                List.of(), DeadlinesTest.PLAN);
        assertEquals(SEP_27, d.asOf());
        // Quyết Thắng was assessed on 16/9, but on 27/9 its dossiers due 25/9 are two days late, as Minh Tiến's are
        OpenItem qt13 = item(section(d, "HL-QT").schedule(), "13");
        assertEquals(-2L, qt13.daysLeft());
        assertTrue(qt13.overdue());
        assertEquals(SEP_27, section(d, "HL-QT").schedule().asOf());
        assertEquals(-2L, item(section(d, "HL-MT").schedule(), "13").daysLeft());
        assertTrue(DistrictTextReport.render(d).contains("hạn đã qua 2 ngày"));
    }

    @Test
    void anExplicitAsOfDateGovernsEveryCommune() {
        DistrictReport d = DistrictReport.build(List.of(Fixtures.result("quyet-thang.json"), Fixtures.result("2024-09-27/minh-tien.json")),
                List.of(), DeadlinesTest.PLAN, LocalDate.of(2024, 9, 20));
        assertEquals(LocalDate.of(2024, 9, 20), d.asOf());
        assertEquals(5L, item(section(d, "HL-QT").schedule(), "13").daysLeft());
        assertFalse(item(section(d, "HL-QT").schedule(), "13").overdue());
    }

    @Test
    void aCommuneAssessedBeforeTheReportingWeekIsFlagged() {
        DistrictReport d = DistrictReport.build(List.of(Fixtures.result("quyet-thang.json"), Fixtures.result("2024-09-27/minh-tien.json")),
                List.of(), DeadlinesTest.PLAN);
        assertTrue(section(d, "HL-QT").stale(), "16/9 is older than the week ending 27/9");
        assertFalse(section(d, "HL-MT").stale());
        assertTrue(DistrictTextReport.render(d).contains("số liệu cũ"), "the text says so");
    }

    @Test
    void aCriterionAppraisedThenFailingStaysOnTheSchedule() {
        // the province appraised criterion 3 (thủy lợi) of Quyết Thắng on 23/8; today 3.1 is far below 80 %
        AssessmentResult r = Fixtures.EVALUATOR.evaluate(withValue(Fixtures.assessment("quyet-thang.json"), "3.1", new BigDecimal("10")));
        assertEquals(AppraisalGroup.TO_ACHIEVE, r.criterion("3").group());
        OpenItem c3 = item(Deadlines.schedule(r, DeadlinesTest.PLAN, SEP_27), "3");
        assertNotNull(c3, "a regression is work owed, not a closed item");
        assertEquals(List.of("3.1"), c3.indicators());
        // still appraised and still achieved: nothing owed
        assertNull(item(Deadlines.schedule(Fixtures.result("quyet-thang.json"), DeadlinesTest.PLAN, SEP_27), "3"));
    }

    @Test
    void aLaterNegativeAppraisalShows() {
        Assessment a = withAppraisal(Fixtures.assessment("quyet-thang.json"),
                new Appraisal("3", AppraisalLevel.PROVINCE, LocalDate.of(2024, 9, 20), AppraisalOutcome.NOT_ACHIEVED));
        AssessmentResult r = Fixtures.EVALUATOR.evaluate(a);
        assertEquals(AppraisalLevel.NONE, r.criterion("3").appraisal(), "the province's later refusal stands");
        assertEquals(AppraisalGroup.ACHIEVED_NOT_APPRAISED, r.criterion("3").group());
        assertEquals(AppraisalLevel.PROVINCE, r.criterion("3").refusal().level());
        assertEquals(LocalDate.of(2024, 9, 20), r.criterion("3").refusal().date());
        String text = DistrictTextReport.render(DistrictReport.build(List.of(r), List.of(), DeadlinesTest.PLAN));
        assertTrue(text.contains("thẩm định không đạt ngày 20/9/2024"), text);
    }

    @Test
    void theWeeklyReportingDutyEndsOnceACommuneHasFinished() {
        AssessmentResult open = Fixtures.result("2024-09-27/minh-tien.json");
        assertNotNull(Deadlines.schedule(open, DeadlinesTest.PLAN, SEP_27).nextReport());
        AssessmentResult finished = Fixtures.allAchieved(open);
        assertNull(Deadlines.schedule(finished, DeadlinesTest.PLAN, SEP_27).nextReport(), "19/19: the letter's duty ends");
        DistrictReport d = DistrictReport.build(List.of(finished), List.of(), DeadlinesTest.PLAN);
        assertNull(d.nextReport(), "no commune left to report on");
    }

    @Test
    void theLettersGroupingPolicyIsLawDataWithItsCitation() {
        var policy = Fixtures.EVALUATOR.definitions().followUp();
        assertNotNull(policy, "the follow-up policy comes from the definitions");
        assertTrue(policy.source().contains("Hữu Lũng"), policy.source());
        assertEquals(AppraisalGroup.TO_ACHIEVE, policy.rules().get(policy.rules().size() - 1).group());
    }
}
