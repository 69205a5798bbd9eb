package vn.ntm.rules.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ntm.core.input.InputError;
import vn.ntm.core.result.AssessmentResult;
import vn.ntm.core.result.OpenItem;
import vn.ntm.core.result.Schedule;
import vn.ntm.core.workflow.AppraisalGroup;
import vn.ntm.core.workflow.Deadlines;
import vn.ntm.core.workflow.DistrictPlan;
import vn.ntm.core.workflow.InvalidPlanException;
import vn.ntm.core.workflow.PlanReader;

class DeadlinesTest {
    static final DistrictPlan PLAN = PlanReader.read(Fixtures.EXAMPLE.resolve("plan.yaml"));

    private static OpenItem item(Schedule s, String criterion) {
        return s.items().stream().filter(i -> i.criterion().equals(criterion)).findFirst().orElseThrow();
    }

    @Test
    void thePlanCarriesTheLettersDates() {
        assertEquals(LocalDate.of(2024, 9, 25), PLAN.deadline(AppraisalGroup.ACHIEVED_NOT_APPRAISED));
        assertEquals(LocalDate.of(2024, 10, 15), PLAN.deadline(AppraisalGroup.TO_ACHIEVE));
        assertEquals(java.time.DayOfWeek.FRIDAY, PLAN.weeklyReport().day());
        assertEquals(java.time.LocalTime.of(10, 0), PLAN.weeklyReport().time());
        assertEquals(LocalDate.of(2024, 9, 16), PLAN.weeklyReport().from());
    }

    @Test
    void beforeTheDeadlinesNothingIsOverdue() {
        Schedule s = Deadlines.schedule(Fixtures.result("quyet-thang.json"), PLAN);
        assertEquals(0, s.overdueCount());
        assertEquals(15, s.items().size()); // 19 criteria less the 4 appraised
        OpenItem c13 = item(s, "13");
        assertEquals(LocalDate.of(2024, 9, 25), c13.due());
        assertEquals(9L, c13.daysLeft());
        assertEquals(OpenItem.State.OPEN, c13.state());
        OpenItem c2 = item(s, "2");
        assertEquals(LocalDate.of(2024, 10, 15), c2.due());
        assertEquals(List.of("2.2", "2.4"), c2.indicators());
        assertEquals(OpenItem.State.DOSSIER_COMPLETE, item(s, "8").state());
        assertEquals(LocalDateTime.of(2024, 9, 20, 10, 0), s.nextReport());
    }

    @Test
    void onTheDueDayItIsStillInTimeAndTheDayAfterItIsOverdue() {
        var a = Fixtures.assessment("quyet-thang.json");
        OpenItem onTheDay = item(Deadlines.schedule(Fixtures.EVALUATOR.evaluate(Fixtures.on(a, "2024-09-25")), PLAN), "13");
        assertFalse(onTheDay.overdue());
        assertEquals(0L, onTheDay.daysLeft());
        OpenItem after = item(Deadlines.schedule(Fixtures.EVALUATOR.evaluate(Fixtures.on(a, "2024-09-26")), PLAN), "13");
        assertTrue(after.overdue());
        assertEquals(-1L, after.daysLeft());
    }

    @Test
    void achievedWithACompleteDossierIsNeverOverdue() {
        Schedule s = Deadlines.schedule(Fixtures.result("2024-09-27/minh-tien.json"), PLAN);
        assertEquals(List.of("13"), s.items().stream().filter(OpenItem::overdue).map(OpenItem::criterion).toList());
        assertFalse(item(s, "19").overdue());
        assertEquals(OpenItem.State.DOSSIER_COMPLETE, item(s, "19").state());
        assertFalse(item(s, "17").overdue());
        assertEquals(18L, item(s, "17").daysLeft());
        assertEquals(LocalDateTime.of(2024, 9, 27, 10, 0), s.nextReport()); // a Friday: that morning
    }

    @Test
    void applyAddsTheScheduleToTheResultOnlyForCoveredCommunes() {
        AssessmentResult r = Fixtures.result("quyet-thang.json");
        assertNull(r.schedule());
        assertEquals("Hữu Lũng", Deadlines.apply(r, PLAN).schedule().district());
        DistrictPlan other = new DistrictPlan(PLAN.format(), PLAN.district(), PLAN.province(), PLAN.source(), PLAN.deadlines(),
                PLAN.weeklyReport(), List.of("HL-CK"));
        assertSame(r, Deadlines.apply(r, other));
    }

    @Test
    void reportsStartOnTheFirstReportingDayAndEndWithThePeriod() {
        assertEquals(LocalDateTime.of(2024, 9, 20, 10, 0), Deadlines.nextReport(PLAN, LocalDate.of(2024, 9, 1)));
        DistrictPlan ended = new DistrictPlan(PLAN.format(), PLAN.district(), PLAN.province(), PLAN.source(), PLAN.deadlines(),
                new DistrictPlan.WeeklyReport(java.time.DayOfWeek.FRIDAY, java.time.LocalTime.of(10, 0), LocalDate.of(2024, 9, 16),
                        LocalDate.of(2024, 10, 31), null), List.of());
        assertNull(Deadlines.nextReport(ended, LocalDate.of(2024, 11, 1)));
    }

    @Test
    void aBadPlanNamesEveryBadField() {
        String yaml = """
                format: ntm-plan/2
                district: Hữu Lũng
                deadlines:
                  achievedNotAppraised: 25/9/2024
                weeklyReport:
                  day: FRI
                  time: "10h"
                  from: 2024-09-16
                colour: blue
                """;
        InvalidPlanException e = assertThrows(InvalidPlanException.class,
                () -> PlanReader.read(yaml.getBytes(StandardCharsets.UTF_8), "bad.yaml"));
        List<String> paths = e.errors().stream().map(InputError::path).toList();
        assertEquals(java.util.Set.of("colour", "format", "source", "deadlines.achievedNotAppraised", "deadlines.toAchieve",
                "weeklyReport.day", "weeklyReport.time"), java.util.Set.copyOf(paths));
        assertTrue(e.getMessage().contains("bad.yaml"));
    }
}
