package vn.ntm.rules.nangcao;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.ntm.rules.nangcao.SetFixtures.DAY;
import static vn.ntm.rules.nangcao.SetFixtures.FILLED_IN;
import static vn.ntm.rules.nangcao.SetFixtures.KIEU_MAU;
import static vn.ntm.rules.nangcao.SetFixtures.NANG_CAO;
import static vn.ntm.rules.nangcao.SetFixtures.TEST_PROVINCE;
import static vn.ntm.rules.nangcao.SetFixtures.XA;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ntm.core.catalog.Region;
import vn.ntm.core.facts.BlockerKind;
import vn.ntm.core.facts.IndicatorStatus;
import vn.ntm.core.facts.NoDataReason;
import vn.ntm.core.input.Assessment;
import vn.ntm.core.input.Commune;
import vn.ntm.core.result.AssessmentResult;
import vn.ntm.core.result.IndicatorResult;

/**
 * Which companion assessment stands for the prerequisite, and what it says: the whole chain xã NTM → nâng cao →
 * kiểu mẫu must hold (319/QĐ-TTg condition 1 asks for a commune that is nâng cao, hence also xã NTM), the companion
 * is the latest one not after the assessment's own date, and a failing companion beats a recognition record
 * (a recognised commune must keep meeting the set).
 */
class CompanionChoiceTest {

    private static Commune commune(String code) { return SetFixtures.commune(code, TEST_PROVINCE, Region.TDMNPB); }

    private static boolean prerequisiteBlocked(AssessmentResult r) {
        return r.pollReadiness().blockers().stream().anyMatch(b -> b.kind() == BlockerKind.PREREQUISITE_NOT_MET);
    }

    private static IndicatorResult conditionOne(AssessmentResult r) {
        return r.criteria().get(0).indicators().get(0);
    }

    @Test
    void kieuMauConditionOneFailsWhenTheNangCaoCompanionIsNotXaNtm() {
        Commune c = commune("CC-1");
        List<AssessmentResult> rs = FILLED_IN.evaluateAll(List.of(
                SetFixtures.allPass(XA, c, DAY).value("19.2", false).build(),
                SetFixtures.allPass(NANG_CAO, c, DAY).build(),
                SetFixtures.allPass(KIEU_MAU, c, DAY).build()));
        assertEquals(18, rs.get(0).achievedCount());
        assertEquals(19, rs.get(1).achievedCount());
        assertTrue(prerequisiteBlocked(rs.get(1)), "nâng cao at 19/19 without xã NTM is not ready");
        AssessmentResult km = rs.get(2);
        assertEquals(IndicatorStatus.FAIL, conditionOne(km).status(), () -> km.criteria().toString());
        assertEquals(3, km.achievedCount());
        assertFalse(km.pollReadiness().ready());
        assertTrue(prerequisiteBlocked(km));
    }

    @Test
    void kieuMauConditionOneIsUnknownWhenTheNangCaoCompanionHasNoXaNtmRecord() {
        Commune c = commune("CC-2");
        List<AssessmentResult> rs = FILLED_IN.evaluateAll(List.of(
                SetFixtures.allPass(NANG_CAO, c, DAY).build(),
                SetFixtures.allPass(KIEU_MAU, c, DAY).build()));
        AssessmentResult km = rs.get(1);
        assertEquals(IndicatorStatus.NO_DATA, conditionOne(km).status(), () -> km.criteria().toString());
        assertEquals(NoDataReason.PREREQUISITE_UNKNOWN, conditionOne(km).reason());
        assertFalse(km.recognition().decidable(), "unknown is missing data, never a fail");
    }

    @Test
    void kieuMauWithoutAnyCompanionOrRecordSaysThePrerequisiteIsUnknown() {
        AssessmentResult km = FILLED_IN.evaluate(SetFixtures.allPass(KIEU_MAU, commune("CC-3"), DAY).build());
        assertEquals(NoDataReason.PREREQUISITE_UNKNOWN, conditionOne(km).reason());
    }

    @Test
    void theLatestCompanionNotAfterTheAssessmentIsUsedWhateverTheOrder() {
        Commune c = commune("CC-4");
        Assessment olderFailing = SetFixtures.allPass(XA, c, DAY.minusDays(30)).value("19.2", false).build();
        Assessment newerPassing = SetFixtures.allPass(XA, c, DAY.minusDays(5)).build();
        Assessment laterFailing = SetFixtures.allPass(XA, c, DAY.plusDays(10)).value("19.2", false).build();
        Assessment nangCao = SetFixtures.allPass(NANG_CAO, c, DAY).build();
        List<Assessment> batch = List.of(olderFailing, newerPassing, laterFailing, nangCao);
        for (List<Assessment> order : List.of(batch, reversed(batch), List.of(nangCao, laterFailing, olderFailing, newerPassing))) {
            AssessmentResult r = FILLED_IN.evaluateAll(order).get(order.indexOf(nangCao));
            assertFalse(prerequisiteBlocked(r), () -> r.pollReadiness().blockers().toString());
            assertTrue(r.pollReadiness().ready());
        }
    }

    @Test
    void aCompanionDatedAfterTheAssessmentIsNotUsed() {
        Commune c = commune("CC-5");
        Assessment nangCao = SetFixtures.allPass(NANG_CAO, c, DAY).build();
        Assessment later = SetFixtures.allPass(XA, c, DAY.plusYears(1).withMonth(1)).build();
        AssessmentResult r = FILLED_IN.evaluateAll(List.of(later, nangCao)).get(1);
        assertTrue(prerequisiteBlocked(r), "a xã NTM result of next year says nothing about today");
        AssessmentResult direct = FILLED_IN.evaluate(nangCao, FILLED_IN.evaluate(later));
        assertTrue(prerequisiteBlocked(direct));
    }

    @Test
    void aFailingCompanionBeatsARecognitionRecordWithAWarning() {
        Commune c = commune("CC-6");
        Assessment nangCao = SetFixtures.allPass(NANG_CAO, c, DAY).prerequisite(XA, "QĐ số 103/QĐ-UBND (thử)", "2023-01-26").build();
        Assessment failing = SetFixtures.allPass(XA, c, DAY).value("19.2", false).build();
        AssessmentResult r = FILLED_IN.evaluateAll(List.of(nangCao, failing)).get(0);
        assertTrue(prerequisiteBlocked(r), () -> r.pollReadiness().blockers().toString());
        assertFalse(r.pollReadiness().ready());
        assertTrue(r.warnings().stream().anyMatch(w -> w.kind().equals("PREREQUISITE_RECORD_CONTRADICTED")
                && w.message().contains("QĐ số 103/QĐ-UBND") && w.message().contains("18/19")), () -> r.warnings().toString());
    }

    @Test
    void aCompanionShortOnlyOfDataLeavesTheRecordStanding() {
        Commune c = commune("CC-7");
        Assessment nangCao = SetFixtures.allPass(NANG_CAO, c, DAY).prerequisite(XA, "QĐ số 103/QĐ-UBND (thử)", "2023-01-26").build();
        Assessment noData = Assessment.builder().commune(c).criteriaSet(XA).assessedOn(DAY).build();
        AssessmentResult r = FILLED_IN.evaluateAll(List.of(nangCao, noData)).get(0);
        assertFalse(prerequisiteBlocked(r), () -> r.pollReadiness().blockers().toString());
    }

    private static <T> List<T> reversed(List<T> l) {
        List<T> r = new ArrayList<>(l);
        java.util.Collections.reverse(r);
        return r;
    }
}
