package vn.ntm.rules.nangcao;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.ntm.rules.nangcao.SetFixtures.DAY;
import static vn.ntm.rules.nangcao.SetFixtures.DEFS;
import static vn.ntm.rules.nangcao.SetFixtures.FILLED_IN;
import static vn.ntm.rules.nangcao.SetFixtures.NANG_CAO;
import static vn.ntm.rules.nangcao.SetFixtures.NATIONAL;
import static vn.ntm.rules.nangcao.SetFixtures.TEST_PROVINCE;

import java.math.BigDecimal;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.ntm.core.catalog.Criterion;
import vn.ntm.core.catalog.Indicator;
import vn.ntm.core.catalog.Region;
import vn.ntm.core.facts.BlockerKind;
import vn.ntm.core.facts.CriterionStatus;
import vn.ntm.core.facts.IndicatorStatus;
import vn.ntm.core.input.Assessment;
import vn.ntm.core.input.Commune;
import vn.ntm.core.result.AssessmentResult;
import vn.ntm.core.result.CriterionResult;
import vn.ntm.core.result.IndicatorResult;

/**
 * One scenario per nâng cao criterion. Plumbing over the loaded levels (both sides of each) is in
 * ThresholdPlumbingTest; what the law says of each indicator is in the law cases (law-cases/xa-ntm-nang-cao-2021-2025).
 */
class NangCaoScenariosTest {
    private static final Commune FILLED_COMMUNE = SetFixtures.commune("NC-T", TEST_PROVINCE, Region.TDMNPB);
    private static final Commune LANG_SON = SetFixtures.commune("NC-LS", "Lạng Sơn", Region.TDMNPB);

    static Stream<String> criteria() { return DEFS.set(NANG_CAO).criteria().stream().map(Criterion::code); }

    private static Assessment.Builder recognised(Commune c) {
        return SetFixtures.allPass(NANG_CAO, c, DAY).prerequisite(SetFixtures.XA, "QĐ số 1/QĐ-UBND (thử)", "2021-12-20");
    }

    private static CriterionResult criterion(AssessmentResult r, String code) {
        return r.criteria().stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow();
    }

    private static IndicatorResult indicator(AssessmentResult r, String code) {
        return r.criteria().stream().flatMap(c -> c.indicators().stream()).filter(i -> i.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void allNineteenMetWithRecognitionIsReadyForThePoll() {
        AssessmentResult r = FILLED_IN.evaluate(recognised(FILLED_COMMUNE).build());
        assertEquals(NANG_CAO, r.criteriaSet());
        assertEquals(19, r.criteriaCount());
        assertEquals(19, r.achievedCount(), () -> r.criteria().toString());
        assertTrue(r.pollReadiness().ready(), () -> r.pollReadiness().blockers().toString());
    }

    @ParameterizedTest(name = "tiêu chí {0} chưa đạt khi một chỉ tiêu không đạt")
    @MethodSource("criteria")
    void eachCriterionFailsOnItsOwn(String code) {
        Criterion cr = DEFS.set(NANG_CAO).criterion(code);
        Indicator first = cr.indicators().stream().filter(i -> !i.conditional()).findFirst().orElse(cr.indicators().get(0));
        Assessment.Builder b = recognised(FILLED_COMMUNE);
        Object bad = SetFixtures.failing(NANG_CAO, first, FILLED_COMMUNE, DAY);
        if (bad instanceof Boolean v) b.value(first.code(), v); else b.value(first.code(), (BigDecimal) bad);
        AssessmentResult r = FILLED_IN.evaluate(b.build());
        assertEquals(IndicatorStatus.FAIL, indicator(r, first.code()).status());
        assertEquals(CriterionStatus.NOT_ACHIEVED, criterion(r, code).status());
        assertEquals(18, r.achievedCount());
        assertFalse(r.pollReadiness().ready());
        assertTrue(r.pollReadiness().blockers().stream()
                .anyMatch(x -> x.kind() == BlockerKind.CRITERION_NOT_ACHIEVED && x.ref().equals(code)));
    }

    @Test
    void unknownThresholdIsNoDataNeverFail() {
        Commune dbsh = SetFixtures.commune("NC-HN", "Hà Nội", Region.DBSH);
        AssessmentResult r = NATIONAL.evaluate(recognised(dbsh).value("10", 0).build());
        IndicatorResult i = indicator(r, "10");
        assertEquals(IndicatorStatus.NO_DATA, i.status());
        assertEquals(CriterionStatus.INCOMPLETE, criterion(r, "10").status());
        AssessmentResult roads = NATIONAL.evaluate(recognised(LANG_SON).value("2.2", 0).build());
        assertEquals(IndicatorStatus.NO_DATA, indicator(roads, "2.2").status());
        assertEquals(CriterionStatus.INCOMPLETE, criterion(roads, "2").status());
    }

    @Test
    void lowConfidenceResultsAreCountedAndNamed() {
        AssessmentResult r = NATIONAL.evaluate(recognised(LANG_SON).build());
        assertTrue(r.warnings().stream().anyMatch(w -> w.kind().equals("LOW_CONFIDENCE_CONTENT")));
        String text = vn.ntm.core.report.TextReport.render(r);
        assertTrue(text.contains("Kết quả dựa trên chỉ tiêu có độ tin cậy thấp"), text);
        assertTrue(text.contains("Tiêu chí đạt dựa trên chỉ tiêu có độ tin cậy thấp"), text);
    }
}
