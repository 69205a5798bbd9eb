package vn.ntm.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.ntm.rules.Communes.DAY;
import static vn.ntm.rules.Communes.EVALUATOR;
import static vn.ntm.rules.Communes.XA_NTM;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import vn.ntm.core.catalog.Comparator;
import vn.ntm.core.catalog.Criterion;
import vn.ntm.core.catalog.Indicator;
import vn.ntm.core.catalog.Part;
import vn.ntm.core.catalog.Region;
import vn.ntm.core.facts.CriterionStatus;
import vn.ntm.core.facts.IndicatorStatus;
import vn.ntm.core.input.Assessment;
import vn.ntm.core.result.AssessmentResult;
import vn.ntm.core.result.IndicatorResult;

/**
 * A scenario per criterion of the xã NTM set: every indicator on both sides of its threshold, at the boundary,
 * for a TDMNPB commune assessed in 2022, all other indicators passing.
 */
@DisplayName("Bộ tiêu chí xã NTM 2021–2025: cả hai phía của mọi mức quy định")
class XaNtmCriteriaTest {
    private static final BigDecimal STEP = new BigDecimal("0.01");

    @TestFactory
    Stream<DynamicContainer> everyCriterionOnBothSidesOfEveryThreshold() {
        Assessment base = Communes.passing(XA_NTM, Region.TDMNPB, DAY).build();
        List<DynamicContainer> out = new ArrayList<>();
        for (Criterion c : Communes.DEFS.set(XA_NTM).criteria()) {
            List<DynamicTest> tests = new ArrayList<>();
            for (Indicator ind : c.indicators()) {
                Object passing = Communes.atThreshold(XA_NTM, ind, Region.TDMNPB, DAY);
                if (passing == null) {
                    tests.add(DynamicTest.dynamicTest("Chỉ tiêu " + ind.code() + ": không có mức dùng được → chưa có số liệu, không bao giờ là không đạt",
                            () -> assertEquals(IndicatorStatus.NO_DATA, EVALUATOR.evaluate(base).indicator(ind.code()).status())));
                    continue;
                }
                tests.add(DynamicTest.dynamicTest("Chỉ tiêu " + ind.code() + " đúng bằng mức quy định → đạt", () -> {
                    AssessmentResult r = EVALUATOR.evaluate(Communes.with(base, ind.code(), passing));
                    IndicatorResult i = r.indicator(ind.code());
                    assertEquals(IndicatorStatus.PASS, i.status(), ind.code());
                    if (i.gap() != null) assertEquals(0, i.gap().signum());
                    assertNotNull(i.legalRef(), "every result names its legal reference");
                }));
                tests.add(DynamicTest.dynamicTest("Chỉ tiêu " + ind.code() + " kém mức quy định một bước → không đạt, tiêu chí " + c.code() + " chưa đạt", () -> {
                    AssessmentResult r = EVALUATOR.evaluate(Communes.with(base, ind.code(), worse(ind, passing)));
                    IndicatorResult i = r.indicator(ind.code());
                    assertEquals(IndicatorStatus.FAIL, i.status(), ind.code());
                    assertEquals(CriterionStatus.NOT_ACHIEVED, r.criterion(c.code()).status());
                    if (!ind.isBoolean() && !ind.isComposite()) assertEquals(0, STEP.compareTo(i.gap()), "gap is the distance to the threshold");
                    assertTrue(r.pollReadiness().blockers().stream().anyMatch(b -> b.ref().equals(c.code())));
                }));
                if (!ind.isBoolean()) {
                    tests.add(DynamicTest.dynamicTest("Chỉ tiêu " + ind.code() + " tốt hơn mức quy định → đạt", () -> {
                        Object better = better(ind, passing);
                        if (better == null) return; // already at the end of the scale (e.g. 100 %)
                        assertEquals(IndicatorStatus.PASS, EVALUATOR.evaluate(Communes.with(base, ind.code(), better)).indicator(ind.code()).status());
                    }));
                }
            }
            out.add(DynamicContainer.dynamicContainer("Tiêu chí số " + c.code() + " – " + c.nameVi(), tests));
        }
        return out.stream();
    }

    static Object worse(Indicator ind, Object at) {
        if (ind.isBoolean()) return Boolean.FALSE;
        if (ind.isComposite()) {
            Map<String, BigDecimal> m = new LinkedHashMap<>();
            @SuppressWarnings("unchecked") Map<String, BigDecimal> parts = (Map<String, BigDecimal>) at;
            Part first = ind.parts().get(0);
            parts.forEach((k, v) -> m.put(k, k.equals(first.name()) ? step(first.comparator(), v, false) : v));
            return m;
        }
        return step(ind.comparator(), (BigDecimal) at, false);
    }

    static Object better(Indicator ind, Object at) {
        if (ind.isComposite()) return null;
        BigDecimal b = step(ind.comparator(), (BigDecimal) at, true);
        if (ind.isPercent() && (b.compareTo(BigDecimal.valueOf(100)) > 0 || b.signum() < 0)) return null;
        return b;
    }

    private static BigDecimal step(Comparator c, BigDecimal v, boolean better) {
        boolean up = (c == Comparator.AT_LEAST) == better;
        return up ? v.add(STEP) : v.subtract(STEP);
    }

    @TestFactory
    Stream<DynamicTest> aPassingCommuneAchievesEveryCriterionWhoseThresholdsAreKnown() {
        AssessmentResult r = EVALUATOR.evaluate(Communes.passing(XA_NTM, Region.TDMNPB, DAY).build());
        return r.criteria().stream().map(c -> DynamicTest.dynamicTest("Tiêu chí số " + c.code(), () -> {
            boolean anyUnknown = c.indicators().stream().anyMatch(i -> i.status() == IndicatorStatus.NO_DATA);
            assertEquals(anyUnknown ? CriterionStatus.INCOMPLETE : CriterionStatus.ACHIEVED, c.status());
            assertFalse(c.indicators().stream().anyMatch(i -> i.status() == IndicatorStatus.FAIL));
        }));
    }
}
