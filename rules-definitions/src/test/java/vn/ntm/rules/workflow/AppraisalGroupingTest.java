package vn.ntm.rules.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ntm.core.facts.CriterionStatus;
import vn.ntm.core.input.AppraisalLevel;
import vn.ntm.core.json.NtmJson;
import vn.ntm.core.result.AssessmentResult;
import vn.ntm.core.result.CriterionResult;
import vn.ntm.core.workflow.AppraisalGroup;
import vn.ntm.core.workflow.ProvinceAppraisal;

class AppraisalGroupingTest {

    private static List<String> group(AssessmentResult r, AppraisalGroup g) {
        return r.criteria().stream().filter(c -> c.group() == g).map(CriterionResult::code).toList();
    }

    @Test
    void quyetThangFallsIntoTheLettersThreeGroups() {
        AssessmentResult r = Fixtures.result("quyet-thang.json");
        assertEquals(List.of("1", "3", "4", "19"), group(r, AppraisalGroup.APPRAISED));
        assertEquals(List.of("8", "12", "13", "14", "15", "16", "18"), group(r, AppraisalGroup.ACHIEVED_NOT_APPRAISED));
        assertEquals(List.of("2", "5", "6", "7", "9", "10", "11", "17"), group(r, AppraisalGroup.TO_ACHIEVE));
        assertEquals(LocalDate.of(2024, 8, 23), r.criterion("19").appraisedOn());
        assertNull(r.criterion("8").appraisedOn());
    }

    @Test
    void everyCriterionIsInExactlyOneGroup() {
        for (String f : List.of("minh-tien.json", "quyet-thang.json", "2024-09-27/minh-tien.json")) {
            AssessmentResult r = Fixtures.result(f);
            Map<AppraisalGroup, Integer> n = new EnumMap<>(AppraisalGroup.class);
            for (CriterionResult c : r.criteria()) n.merge(c.group(), 1, Integer::sum);
            assertEquals(r.criteriaCount(), n.values().stream().mapToInt(Integer::intValue).sum(), f);
        }
    }

    @Test
    void indicatorsAreAppraisedOneByOneInsideACriterionNotAchieved() {
        AssessmentResult r = Fixtures.result("minh-tien.json");
        CriterionResult c17 = r.criterion("17");
        assertEquals(CriterionStatus.NOT_ACHIEVED, c17.status());
        assertEquals(AppraisalGroup.TO_ACHIEVE, c17.group());
        assertEquals(AppraisalLevel.PROVINCE, r.indicator("17.4").appraisal());
        assertEquals(LocalDate.of(2024, 9, 6), r.indicator("17.4").appraisedOn());
        assertEquals(AppraisalLevel.NONE, r.indicator("17.1").appraisal());
        assertNull(r.indicator("17.1").appraisedOn());
    }

    @Test
    void aDistrictVerificationIsNotYetAnAppraisal() {
        AssessmentResult r = Fixtures.result("2024-09-27/minh-tien.json");
        assertEquals(AppraisalLevel.DISTRICT, r.criterion("8").appraisal());
        assertEquals(LocalDate.of(2024, 9, 25), r.criterion("8").appraisedOn());
        assertEquals(AppraisalGroup.ACHIEVED_NOT_APPRAISED, r.criterion("8").group());
    }

    @Test
    void aProvinceAppraisalStandsUnlessTheCriterionFailsToday() {
        vn.ntm.core.workflow.FollowUpPolicy policy = Fixtures.EVALUATOR.definitions().followUp();
        assertEquals(AppraisalGroup.APPRAISED, policy.group(CriterionStatus.ACHIEVED, AppraisalLevel.PROVINCE));
        assertEquals(AppraisalGroup.APPRAISED, policy.group(CriterionStatus.INCOMPLETE, AppraisalLevel.PROVINCE), "missing data does not undo it");
        assertEquals(AppraisalGroup.TO_ACHIEVE, policy.group(CriterionStatus.NOT_ACHIEVED, AppraisalLevel.PROVINCE), "a regression is work owed");
        assertEquals(AppraisalGroup.ACHIEVED_NOT_APPRAISED, policy.group(CriterionStatus.ACHIEVED, AppraisalLevel.SELF));
        assertEquals(AppraisalGroup.TO_ACHIEVE, policy.group(CriterionStatus.INCOMPLETE, AppraisalLevel.NONE));
        assertEquals(AppraisalGroup.TO_ACHIEVE, policy.group(CriterionStatus.NOT_ACHIEVED, AppraisalLevel.DISTRICT));
    }

    @Test
    void provinceAppraisalCountsAreTheLetters() {
        ProvinceAppraisal qt = ProvinceAppraisal.of(Fixtures.result("quyet-thang.json"));
        assertEquals("04 tiêu chí và 07 chỉ tiêu", qt.summary());
        assertEquals(List.of("13.2", "13.3", "13.4", "13.5", "17.4", "17.5", "18.6"), qt.indicators());
        ProvinceAppraisal mt = ProvinceAppraisal.of(Fixtures.result("minh-tien.json"));
        assertEquals("06 tiêu chí và 08 chỉ tiêu", mt.summary());
        assertEquals(List.of("1", "2", "3", "4", "7", "9"), mt.criteria());
        assertEquals(List.of(LocalDate.of(2024, 9, 6)), mt.dates());
    }

    @Test
    void extendedResultStillMatchesTheContractSchema() {
        AssessmentResult r = Fixtures.result("minh-tien.json");
        assertEquals(List.of(), NtmJson.validate(NtmJson.RESULT_SCHEMA, NtmJson.toTree(r)));
    }
}
