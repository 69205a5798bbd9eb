package vn.ntm.rules.kieumau;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.ntm.rules.nangcao.SetFixtures.DAY;
import static vn.ntm.rules.nangcao.SetFixtures.DEFS;
import static vn.ntm.rules.nangcao.SetFixtures.FILLED_IN;
import static vn.ntm.rules.nangcao.SetFixtures.KIEU_MAU;
import static vn.ntm.rules.nangcao.SetFixtures.NANG_CAO;
import static vn.ntm.rules.nangcao.SetFixtures.NATIONAL;
import static vn.ntm.rules.nangcao.SetFixtures.TEST_PROVINCE;
import static vn.ntm.rules.nangcao.SetFixtures.XA;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ntm.core.catalog.Region;
import vn.ntm.core.catalog.ThresholdEntry;
import vn.ntm.core.catalog.Verification;
import vn.ntm.core.engine.Parameters;
import vn.ntm.core.facts.BlockerKind;
import vn.ntm.core.facts.CriterionStatus;
import vn.ntm.core.facts.IndicatorStatus;
import vn.ntm.core.input.Assessment;
import vn.ntm.core.input.Commune;
import vn.ntm.core.result.AssessmentResult;
import vn.ntm.core.result.CriterionResult;
import vn.ntm.rules.nangcao.SetFixtures;

/** Xã NTM kiểu mẫu (319/QĐ-TTg): passes with all four conditions, and each failing condition has its blocker. */
class KieuMauConditionsTest {
    private static final Commune LANG_SON = SetFixtures.commune("KM-1", "Lạng Sơn", Region.TDMNPB);

    /** Recognised nâng cao, income at 110 % of the (provisional) nâng cao level, one smart village, one field. */
    private static Assessment.Builder passing(Commune c) {
        return SetFixtures.allPass(KIEU_MAU, c, DAY).prerequisite(NANG_CAO, "QĐ số 9/QĐ-UBND (thử)", "2024-01-15");
    }

    private static CriterionResult criterion(AssessmentResult r, String code) {
        return r.criteria().stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow();
    }

    private static boolean blocked(AssessmentResult r, BlockerKind kind, String ref) {
        return r.pollReadiness().blockers().stream().anyMatch(b -> b.kind() == kind && (ref == null || b.ref().equals(ref)));
    }

    @Test
    void allFourConditionsMetIsReady() {
        AssessmentResult r = NATIONAL.evaluate(passing(LANG_SON).build());
        assertEquals(KIEU_MAU, r.criteriaSet());
        assertEquals(4, r.criteriaCount());
        assertEquals(4, r.achievedCount(), () -> r.criteria().toString());
        assertTrue(r.pollReadiness().ready(), () -> r.pollReadiness().blockers().toString());
        assertEquals(List.of(), vn.ntm.core.json.NtmJson.validate(vn.ntm.core.json.NtmJson.RESULT_SCHEMA, vn.ntm.core.json.NtmJson.toTree(r)));
        assertEquals(0, new BigDecimal("42.9").compareTo((BigDecimal) r.criteria().get(1).indicators().get(0).value()));
    }

    @Test
    void aValueGivenForConditionOneIsAnInputErrorNotSilentlyIgnored() {
        Assessment a = passing(LANG_SON).value("1", true).build();
        vn.ntm.core.input.InvalidAssessmentException e = org.junit.jupiter.api.Assertions.assertThrows(
                vn.ntm.core.input.InvalidAssessmentException.class, () -> NATIONAL.evaluate(a));
        assertTrue(e.errors().stream().anyMatch(x -> x.path().equals("indicators.1") && x.message().contains("prerequisite")), e.errors().toString());
    }

    @Test
    void conditionOneUnknownWithoutRecordIsNoDataAndBlocksWithPrerequisite() {
        AssessmentResult r = NATIONAL.evaluate(SetFixtures.allPass(KIEU_MAU, LANG_SON, DAY).build());
        assertEquals(IndicatorStatus.NO_DATA, criterion(r, "1").indicators().get(0).status());
        assertEquals(CriterionStatus.INCOMPLETE, criterion(r, "1").status());
        assertTrue(blocked(r, BlockerKind.PREREQUISITE_NOT_MET, null));
        assertEquals(3, r.achievedCount());
    }

    @Test
    void conditionOneFailsWhenTheCompanionNangCaoFails() {
        Commune c = SetFixtures.commune("KM-2", TEST_PROVINCE, Region.TDMNPB);
        Assessment nangCao = SetFixtures.allPass(NANG_CAO, c, DAY).prerequisite(XA, "QĐ 1 (thử)", "2022-12-01").value("19.2", false).build();
        Assessment kieuMau = SetFixtures.allPass(KIEU_MAU, c, DAY).build();
        AssessmentResult r = FILLED_IN.evaluateAll(List.of(kieuMau, nangCao)).get(0);
        assertEquals(IndicatorStatus.FAIL, criterion(r, "1").indicators().get(0).status());
        assertTrue(blocked(r, BlockerKind.PREREQUISITE_NOT_MET, "prerequisite:" + NANG_CAO));
        assertTrue(blocked(r, BlockerKind.CRITERION_NOT_ACHIEVED, "1"));
    }

    @Test
    void wholeChainInOneBatchXaNangCaoKieuMau() {
        Commune c = SetFixtures.commune("KM-3", TEST_PROVINCE, Region.TDMNPB);
        List<AssessmentResult> rs = FILLED_IN.evaluateAll(List.of(
                SetFixtures.allPass(KIEU_MAU, c, DAY).build(),
                SetFixtures.allPass(NANG_CAO, c, DAY).build(),
                SetFixtures.allPass(XA, c, DAY).build()));
        assertEquals(19, rs.get(2).achievedCount());
        assertTrue(rs.get(1).pollReadiness().ready(), () -> rs.get(1).pollReadiness().blockers().toString());
        assertEquals(4, rs.get(0).achievedCount(), () -> rs.get(0).criteria().toString());
        assertTrue(rs.get(0).pollReadiness().ready(), () -> rs.get(0).pollReadiness().blockers().toString());
    }

    @Test
    void conditionTwoIncomeBelowOneHundredTenPercentFails() {
        AssessmentResult r = NATIONAL.evaluate(passing(LANG_SON).value("2", new BigDecimal("42.8")).build());
        assertEquals(CriterionStatus.NOT_ACHIEVED, criterion(r, "2").status());
        assertTrue(blocked(r, BlockerKind.CRITERION_NOT_ACHIEVED, "2"));
        assertNotNull(criterion(r, "2").indicators().get(0).legalRef());
    }

    @Test
    void conditionTwoWithUnknownNangCaoIncomeIsNoDataNeverFail() {
        Commune hanoi = SetFixtures.commune("KM-HN", "Hà Nội", Region.DBSH);
        AssessmentResult r = NATIONAL.evaluate(passing(hanoi).value("2", 0).build());
        assertEquals(IndicatorStatus.NO_DATA, criterion(r, "2").indicators().get(0).status());
        assertTrue(blocked(r, BlockerKind.CRITERION_INCOMPLETE, "2"));
        assertFalse(blocked(r, BlockerKind.CRITERION_NOT_ACHIEVED, "2"));
    }

    @Test
    void conditionThreeNoSmartVillageFails() {
        AssessmentResult r = NATIONAL.evaluate(passing(LANG_SON).value("3", 0).build());
        assertEquals(CriterionStatus.NOT_ACHIEVED, criterion(r, "3").status());
        assertTrue(blocked(r, BlockerKind.CRITERION_NOT_ACHIEVED, "3"));
        assertEquals(3, r.achievedCount());
    }

    @Test
    void conditionFourNoOutstandingFieldFails() {
        AssessmentResult r = NATIONAL.evaluate(passing(LANG_SON).value("4", 0).build());
        assertEquals(CriterionStatus.NOT_ACHIEVED, criterion(r, "4").status());
        assertTrue(blocked(r, BlockerKind.CRITERION_NOT_ACHIEVED, "4"));
    }

    /** Condition 2's levels are the cited ratio times the nâng cao income level, region by region, year by year. */
    @Test
    void incomeLevelIsTheRatioTimesTheNangCaoLevel() {
        for (int year = 2022; year <= 2025; year++) {
            java.time.LocalDate d = java.time.LocalDate.of(year, 6, 30);
            Parameters.Entry ratio = DEFS.parameters().find("kieumau.income.ratio", KIEU_MAU, d);
            assertNotNull(ratio, "ratio in force " + d);
            assertEquals(Verification.VERIFIED, ratio.verification());
            for (Region r : Region.values()) {
                ThresholdEntry nc = DEFS.thresholds(NANG_CAO).find("10", null, r, d);
                ThresholdEntry km = DEFS.thresholds(KIEU_MAU).find("2", null, r, d);
                if (nc.verification() == Verification.UNKNOWN) {
                    assertEquals(Verification.UNKNOWN, km.verification(), r + " " + year);
                } else {
                    assertEquals(0, nc.number().multiply(ratio.value()).compareTo(km.number()), r + " " + year);
                    assertTrue(km.verification() != Verification.VERIFIED || nc.verification() == Verification.VERIFIED, "no more verified than its base");
                }
            }
        }
    }
}
