package vn.ntm.core.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ntm.core.catalog.Region;
import vn.ntm.core.result.AssessmentResult;
import vn.ntm.core.result.CommuneInfo;
import vn.ntm.core.workflow.AppraisalGroup;
import vn.ntm.core.workflow.DistrictPlan;

/** The pace from weekly assessments and the day 19/19 falls at that pace, against the letter's 15/10/2024. */
class ForecastTest {
    static final DistrictPlan PLAN = new DistrictPlan("ntm-plan/1", "Hữu Lũng", "Lạng Sơn", "thư của huyện 9/2024",
            Map.of(AppraisalGroup.ACHIEVED_NOT_APPRAISED, LocalDate.of(2024, 9, 25), AppraisalGroup.TO_ACHIEVE, LocalDate.of(2024, 10, 15)),
            null, List.of());

    static AssessmentResult at(String day, int achieved) {
        CommuneInfo c = new CommuneInfo("X", "Xã thử", Region.TDMNPB, Region.TDMNPB, null, null, List.of());
        return new AssessmentResult(AssessmentResult.FORMAT, c, "xa-ntm-2021-2025", "xã NTM", LocalDate.parse(day), achieved, 19,
                List.of(), List.of(), null, null, List.of(), false, 0);
    }

    @Test
    void threeCriteriaInTwoWeeksReachesNineteenTheDayBeforeTheDeadline() {
        // 10 → 13 in 14 days: 1,5 a week; 6 to go take 28 days: 16/9 + 28 = 14/10/2024
        Forecast f = Forecast.of(List.of(at("2024-09-16", 13), at("2024-09-02", 10)), PLAN);
        assertEquals(new BigDecimal("1.50"), f.criteriaPerWeek());
        assertEquals(LocalDate.of(2024, 10, 14), f.expectedComplete());
        assertEquals(Forecast.Status.ON_TRACK, f.status());
        assertEquals("kịp tiến độ", f.statusText());
    }

    @Test
    void theDeadlineItselfIsStillInTime() {
        // 10 → 13 in 15 days; 6 to go take 30 days: 15/9 + 30 = 15/10/2024
        Forecast f = Forecast.of(List.of(at("2024-08-31", 10), at("2024-09-15", 13)), PLAN);
        assertEquals(LocalDate.of(2024, 10, 15), f.expectedComplete());
        assertEquals(Forecast.Status.ON_TRACK, f.status());
    }

    @Test
    void oneCriterionInElevenDaysIsBehind() {
        // Minh Tiến's pace in the example: 14 → 15 from 16/9 to 27/9; 4 to go take 44 days: 10/11/2024
        Forecast f = Forecast.of(List.of(at("2024-09-16", 14), at("2024-09-27", 15)), PLAN);
        assertEquals(new BigDecimal("0.64"), f.criteriaPerWeek());
        assertEquals(LocalDate.of(2024, 11, 10), f.expectedComplete());
        assertEquals(Forecast.Status.BEHIND, f.status());
        assertEquals("chậm tiến độ", f.statusText());
    }

    @Test
    void noProgressNeverGetsThere() {
        Forecast f = Forecast.of(List.of(at("2024-09-16", 12), at("2024-09-23", 12), at("2024-09-30", 11)), PLAN);
        assertEquals(3, f.assessments());
        assertNull(f.expectedComplete());
        assertEquals(new BigDecimal("-0.50"), f.criteriaPerWeek());
        assertEquals(Forecast.Status.BEHIND, f.status());
    }

    @Test
    void allCriteriaAchievedIsComplete() {
        assertEquals(Forecast.Status.COMPLETE, Forecast.of(List.of(at("2024-09-16", 18), at("2024-09-23", 19)), PLAN).status());
    }

    @Test
    void oneDateIsNoPaceAndNoPlanIsNoVerdict() {
        assertNull(Forecast.of(List.of(at("2024-09-16", 14)), PLAN));
        assertNull(Forecast.of(List.of(at("2024-09-16", 14), at("2024-09-16", 15)), PLAN));
        Forecast f = Forecast.of(List.of(at("2024-09-16", 14), at("2024-09-27", 15)), null);
        assertEquals(LocalDate.of(2024, 11, 10), f.expectedComplete());
        assertNull(f.status());
    }
}
