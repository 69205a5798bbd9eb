package vn.ntm.rules.nangcao;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.ntm.rules.nangcao.SetFixtures.DAY;
import static vn.ntm.rules.nangcao.SetFixtures.FILLED_IN;
import static vn.ntm.rules.nangcao.SetFixtures.NANG_CAO;
import static vn.ntm.rules.nangcao.SetFixtures.TEST_PROVINCE;
import static vn.ntm.rules.nangcao.SetFixtures.XA;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ntm.core.catalog.Region;
import vn.ntm.core.facts.BlockerKind;
import vn.ntm.core.input.Assessment;
import vn.ntm.core.input.Commune;
import vn.ntm.core.input.InputError;
import vn.ntm.core.input.InvalidAssessmentException;
import vn.ntm.core.input.RecognitionInput;
import vn.ntm.core.json.NtmJson;
import vn.ntm.core.result.AssessmentResult;
import vn.ntm.core.result.Blocker;

/** A nâng cao commune must already be xã NTM: by a recognition record or a companion assessment in the same batch. */
class PrerequisiteTest {
    private static final Commune C = SetFixtures.commune("PR-1", TEST_PROVINCE, Region.TDMNPB);

    private static List<Blocker> prerequisiteBlockers(AssessmentResult r) {
        return r.pollReadiness().blockers().stream().filter(b -> b.kind() == BlockerKind.PREREQUISITE_NOT_MET).toList();
    }

    @Test
    void withoutRecordOrCompanionThePollIsBlockedEvenAtNineteen() {
        AssessmentResult r = FILLED_IN.evaluate(SetFixtures.allPass(NANG_CAO, C, DAY).build());
        assertEquals(19, r.achievedCount());
        assertFalse(r.pollReadiness().ready());
        List<Blocker> b = prerequisiteBlockers(r);
        assertEquals(1, b.size());
        assertEquals(b.get(0), r.pollReadiness().blockers().get(0), "the prerequisite comes first");
        assertTrue(b.get(0).message().contains("Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2021–2025"), b.get(0).message());
        assertTrue(b.get(0).messageEn().contains("prerequisite"), b.get(0).messageEn());
        assertFalse(r.recognition().eligible());
        assertFalse(r.recognition().decidable(), "no record is missing data, not a fail");
    }

    @Test
    void recognitionRecordLiftsTheBlocker() {
        AssessmentResult r = FILLED_IN.evaluate(SetFixtures.allPass(NANG_CAO, C, DAY)
                .prerequisite(XA, "QĐ số 103/QĐ-UBND (thử)", "2023-01-26").build());
        assertTrue(prerequisiteBlockers(r).isEmpty());
        assertTrue(r.pollReadiness().ready());
    }

    @Test
    void companionAssessmentMeetingXaNtmInTheSameBatchLiftsTheBlocker() {
        Assessment nangCao = SetFixtures.allPass(NANG_CAO, C, DAY).build();
        Assessment xa = SetFixtures.allPass(XA, C, DAY).build();
        List<AssessmentResult> rs = FILLED_IN.evaluateAll(List.of(nangCao, xa));
        assertEquals(NANG_CAO, rs.get(0).criteriaSet());
        assertEquals(XA, rs.get(1).criteriaSet());
        assertEquals(19, rs.get(1).achievedCount(), () -> rs.get(1).criteria().toString());
        assertTrue(prerequisiteBlockers(rs.get(0)).isEmpty(), () -> rs.get(0).pollReadiness().blockers().toString());
        assertTrue(rs.get(0).pollReadiness().ready());
    }

    @Test
    void companionFailingXaNtmKeepsTheBlockerAndIsDecidedAsNotMet() {
        Assessment nangCao = SetFixtures.allPass(NANG_CAO, C, DAY).build();
        Assessment xa = SetFixtures.allPass(XA, C, DAY).value("19.2", false).build();
        Assessment nangCaoWithFacts = new Assessment(nangCao.commune(), nangCao.criteriaSet(), nangCao.assessedOn(),
                nangCao.indicators(), nangCao.notApplicable(), nangCao.evidence(), nangCao.appraisals(),
                new RecognitionInput(false, false, null));
        AssessmentResult r = FILLED_IN.evaluateAll(List.of(xa, nangCaoWithFacts)).get(1);
        List<Blocker> b = prerequisiteBlockers(r);
        assertEquals(1, b.size());
        assertTrue(b.get(0).message().contains("chưa đạt chuẩn") && b.get(0).message().contains("18/19"), b.get(0).message());
        assertTrue(r.recognition().decidable(), () -> r.recognition().toString());
        assertFalse(r.recognition().eligible());
    }

    @Test
    void companionOfAnotherCommuneDoesNotCount() {
        Assessment nangCao = SetFixtures.allPass(NANG_CAO, C, DAY).build();
        Assessment other = SetFixtures.allPass(XA, SetFixtures.commune("PR-2", TEST_PROVINCE, Region.TDMNPB), DAY).build();
        AssessmentResult r = FILLED_IN.evaluateAll(List.of(nangCao, other)).get(0);
        assertEquals(1, prerequisiteBlockers(r).size());
    }

    @Test
    void xaNtmAssessmentsNeverGetThePrerequisiteBlocker() {
        AssessmentResult r = FILLED_IN.evaluate(SetFixtures.allPass(XA, C, DAY).build());
        assertTrue(prerequisiteBlockers(r).isEmpty());
    }

    @Test
    void badRecognitionRecordsAreErrorsNamingTheField() {
        InvalidAssessmentException wrongSet = assertThrows(InvalidAssessmentException.class, () -> FILLED_IN.evaluate(
                SetFixtures.allPass(NANG_CAO, C, DAY).prerequisite(NANG_CAO, "QĐ 1", "2023-01-01").build()));
        assertTrue(wrongSet.errors().stream().anyMatch(e -> e.path().equals("prerequisite.criteriaSet")), wrongSet.errors().toString());
        InvalidAssessmentException late = assertThrows(InvalidAssessmentException.class, () -> FILLED_IN.evaluate(
                SetFixtures.allPass(NANG_CAO, C, DAY).prerequisite(XA, "QĐ 1", "2025-01-01").build()));
        assertTrue(late.errors().stream().anyMatch(e -> e.path().equals("prerequisite.date")), late.errors().toString());
        InvalidAssessmentException onXa = assertThrows(InvalidAssessmentException.class, () -> FILLED_IN.evaluate(
                SetFixtures.allPass(XA, C, DAY).prerequisite(XA, "QĐ 1", "2023-01-01").build()));
        assertTrue(onXa.errors().stream().anyMatch(e -> e.path().equals("prerequisite")), onXa.errors().toString());
    }

    @Test
    void jsonRecordWithoutDecisionIsRejectedWithItsPath() {
        String json = """
                {"format": "ntm-assessment/1",
                 "commune": {"code": "X", "name": "X", "region": "TDMNPB"},
                 "criteriaSet": "xa-ntm-nang-cao-2021-2025", "assessedOn": "2024-09-16",
                 "prerequisite": {"criteriaSet": "xa-ntm-2021-2025", "date": "2023-01-26"}}
                """;
        InvalidAssessmentException e = assertThrows(InvalidAssessmentException.class,
                () -> NtmJson.readAssessment(json.getBytes(StandardCharsets.UTF_8), "t.json", SetFixtures.DEFS));
        assertTrue(e.errors().stream().map(InputError::path).anyMatch(p -> p.contains("prerequisite")), e.errors().toString());
        String ok = json.replace("\"date\": \"2023-01-26\"", "\"recognisedBy\": \"QĐ số 103/QĐ-UBND\", \"date\": \"2023-01-26\"");
        Assessment a = NtmJson.readAssessment(ok.getBytes(StandardCharsets.UTF_8), "t.json", SetFixtures.DEFS);
        assertEquals("QĐ số 103/QĐ-UBND", a.prerequisite().recognisedBy());
    }
}
