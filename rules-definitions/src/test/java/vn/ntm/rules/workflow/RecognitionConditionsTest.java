package vn.ntm.rules.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ntm.core.catalog.Verification;
import vn.ntm.core.engine.Evaluator;
import vn.ntm.core.engine.Parameters;
import vn.ntm.core.facts.BlockerKind;
import vn.ntm.core.input.Assessment;
import vn.ntm.core.input.RecognitionInput;
import vn.ntm.core.input.SatisfactionPoll;
import vn.ntm.core.result.AssessmentResult;
import vn.ntm.core.result.Blocker;
import vn.ntm.core.result.Recognition;

/** The four conditions of 18/2022/QĐ-TTg Điều 4, each on both sides (default provisional rates 80 % and 70 %). */
class RecognitionConditionsTest {
    private static final AssessmentResult MET = Fixtures.allAchieved(Fixtures.result("quyet-thang.json"));
    // exactly at both boundaries: 700/1000 households asked (70 %), 560/700 satisfied (80 %)
    private static final SatisfactionPoll AT_BOUNDARY = new SatisfactionPoll(1000, 700, 560);

    private static Recognition assess(Boolean debt, Boolean complicated, SatisfactionPoll poll) {
        return Fixtures.EVALUATOR.recognition(MET, new RecognitionInput(debt, complicated, poll));
    }

    private static List<BlockerKind> kinds(Recognition r) { return r.blockers().stream().map(Blocker::kind).toList(); }

    @Test
    void allFourMetExactlyAtTheRequiredRatesIsEligible() {
        Recognition r = assess(false, false, AT_BOUNDARY);
        assertTrue(r.decidable());
        assertTrue(r.eligible(), r.blockers().toString());
        assertEquals(List.of(), r.blockers());
        assertEquals(List.of("recognition.satisfaction.minRate", "recognition.poll.minCoverage"),
                r.parameters().stream().map(p -> p.name()).toList());
    }

    @Test
    void criteriaNotFullyMetIsNotEligible() {
        AssessmentResult partial = Fixtures.result("quyet-thang.json");
        Recognition r = Fixtures.EVALUATOR.recognition(partial, new RecognitionInput(false, false, AT_BOUNDARY));
        assertTrue(r.decidable());
        assertFalse(r.eligible());
        assertEquals(List.of(BlockerKind.CONDITION_NOT_MET), kinds(r));
    }

    @Test
    void outstandingConstructionDebtBlocks() {
        Recognition r = assess(true, false, AT_BOUNDARY);
        assertTrue(r.decidable());
        assertFalse(r.eligible());
        assertEquals(List.of(BlockerKind.CONSTRUCTION_DEBT), kinds(r));
    }

    @Test
    void satisfactionJustBelowTheRateBlocks() {
        Recognition r = assess(false, false, new SatisfactionPoll(1000, 700, 559));
        assertTrue(r.decidable());
        assertFalse(r.eligible());
        assertEquals(List.of(BlockerKind.SATISFACTION_BELOW_REQUIRED), kinds(r));
    }

    @Test
    void pollCoverageJustBelowTheRequiredShareBlocks() {
        Recognition r = assess(false, false, new SatisfactionPoll(1000, 699, 699));
        assertTrue(r.decidable());
        assertFalse(r.eligible());
        assertEquals(List.of(BlockerKind.POLL_COVERAGE_BELOW_REQUIRED), kinds(r));
    }

    @Test
    void aRateThatOnlyRoundsDownBelowTheBoundaryStillPasses() {
        // 2/3 = 66.666…%: with a cited rate of 66.666 the truncated display (66.66) must not decide
        Evaluator p = Evaluator.builder().parameter(new Parameters.Entry("recognition.satisfaction.minRate", List.of("xa-ntm-2021-2025"),
                LocalDate.of(2022, 8, 2), null, new BigDecimal("66.666"), Verification.VERIFIED, "test", null, "test")).build();
        Recognition r = p.recognition(MET, new RecognitionInput(false, false, new SatisfactionPoll(900, 900, 600)));
        assertTrue(r.eligible(), r.blockers().toString());
    }

    @Test
    void securityAndOrderComplicatedBlocks() {
        Recognition r = assess(false, true, AT_BOUNDARY);
        assertTrue(r.decidable());
        assertFalse(r.eligible());
        assertEquals(List.of(BlockerKind.SECURITY_ORDER_COMPLICATED), kinds(r));
    }

    @Test
    void unknownFactsMakeItUndecidableUnlessAConditionFails() {
        Recognition noPoll = assess(false, false, null);
        assertFalse(noPoll.decidable());
        assertFalse(noPoll.eligible());
        assertEquals(List.of(BlockerKind.POLL_NOT_HELD), kinds(noPoll));
        Recognition noDebtFact = assess(null, false, AT_BOUNDARY);
        assertFalse(noDebtFact.decidable());
        assertEquals(List.of(BlockerKind.RECOGNITION_DATA_MISSING), kinds(noDebtFact));
        Recognition noSecurityFact = assess(false, null, AT_BOUNDARY);
        assertFalse(noSecurityFact.decidable());
        Recognition failsAnyway = assess(null, true, AT_BOUNDARY);
        assertTrue(failsAnyway.decidable());
        assertFalse(failsAnyway.eligible());
    }

    @Test
    void withoutRecognitionFactsItIsNotYetDecidableAsTheContractSays() {
        Recognition r = Fixtures.EVALUATOR.recognition(MET, null);
        assertFalse(r.decidable());
        assertFalse(r.eligible());
        assertEquals(List.of(BlockerKind.RECOGNITION_DATA_MISSING), kinds(r));
    }

    @Test
    void aCallersCitedRateReplacesTheProvisionalDefault() {
        Evaluator strictRate = Evaluator.builder().parameter(new Parameters.Entry("recognition.satisfaction.minRate",
                List.of("xa-ntm-2021-2025"), LocalDate.of(2022, 8, 2), null, new BigDecimal("90"), Verification.VERIFIED,
                "QĐ của UBND tỉnh (ví dụ)", null, "test")).build();
        Recognition r = strictRate.recognition(MET, new RecognitionInput(false, false, AT_BOUNDARY));
        assertEquals(List.of(BlockerKind.SATISFACTION_BELOW_REQUIRED), kinds(r));
        assertEquals(new BigDecimal("90"), r.parameters().get(0).value());
    }

    @Test
    void endToEndTheEvaluatorDecidesAFailingCommuneIsNotEligible() {
        Assessment a = Fixtures.assessment("quyet-thang.json");
        Assessment withFacts = new Assessment(a.commune(), a.criteriaSet(), a.assessedOn(), a.indicators(), a.notApplicable(),
                a.evidence(), a.appraisals(), new RecognitionInput(false, false, AT_BOUNDARY));
        Recognition r = Fixtures.EVALUATOR.evaluate(withFacts).recognition();
        assertTrue(r.decidable());
        assertFalse(r.eligible());
        assertEquals(List.of(BlockerKind.CONDITION_NOT_MET), kinds(r));
    }
}
