package vn.ntm.rules.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ntm.core.input.AppraisalLevel;
import vn.ntm.core.input.Assessment;
import vn.ntm.core.result.AssessmentResult;
import vn.ntm.core.workflow.Progress;

class ProgressTest {
    static final AssessmentResult WEEK1 = Fixtures.result("minh-tien.json");
    static final AssessmentResult WEEK2 = Fixtures.result("2024-09-27/minh-tien.json");

    @Test
    void theWeekShowsWhatWasMetAddedAndAppraised() {
        Progress p = Progress.between(WEEK1, WEEK2);
        assertEquals(14, p.achievedBefore());
        assertEquals(15, p.achievedAfter());
        assertEquals(List.of("19"), p.criteriaGained());
        assertEquals(List.of(), p.criteriaLost());
        assertTrue(p.indicatorsGained().contains("19.2"), p.indicatorsGained().toString());
        assertEquals(List.of(), p.indicatorsLost());
        assertEquals(List.of("11:MC-11-02", "15.1:MC-15.1-02", "16:MC-16-02", "19.2:MC-19.2-01"), p.evidenceAdded());
        assertEquals(List.of("8", "12", "14"), p.appraisalsDone().stream().map(Progress.Appraised::target).toList());
        assertTrue(p.appraisalsDone().stream().allMatch(a -> a.level() == AppraisalLevel.DISTRICT));
    }

    @Test
    void aLossIsReported() {
        Assessment a = Fixtures.assessment("2024-09-27/minh-tien.json");
        Map<String, Object> values = new LinkedHashMap<>(a.indicators());
        values.put("19.2", false);
        Assessment week3 = new Assessment(a.commune(), a.criteriaSet(), java.time.LocalDate.of(2024, 10, 4), values,
                a.notApplicable(), a.evidence(), a.appraisals(), a.recognition());
        Progress p = Progress.between(WEEK2, Fixtures.EVALUATOR.evaluate(week3));
        assertEquals(List.of("19"), p.criteriaLost());
        assertEquals(List.of("19.2"), p.indicatorsLost());
        assertEquals(List.of(), p.evidenceAdded());
    }

    /** The same facts assessed again four days later (16/9 → 20/9): nothing gained, lost, added or appraised. */
    @Test
    void sameFactsOnALaterDayIsNoChange() {
        Assessment a = Fixtures.assessment("minh-tien.json");
        Progress p = Progress.between(WEEK1, Fixtures.EVALUATOR.evaluate(Fixtures.on(a, "2024-09-20")));
        assertTrue(p.unchanged());
    }

    @Test
    void onlyTheSameCommuneInOrderCanBeCompared() {
        assertThrows(IllegalArgumentException.class, () -> Progress.between(WEEK2, WEEK1));
        assertThrows(IllegalArgumentException.class, () -> Progress.between(Fixtures.result("quyet-thang.json"), WEEK2));
    }
}
