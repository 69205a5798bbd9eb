package vn.ntm.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import vn.ntm.core.catalog.Comparator;
import vn.ntm.core.catalog.CriteriaSet;
import vn.ntm.core.catalog.Indicator;
import vn.ntm.core.catalog.Region;
import vn.ntm.core.catalog.ThresholdEntry;
import vn.ntm.core.catalog.Verification;
import vn.ntm.core.engine.Evaluator;
import vn.ntm.core.facts.BlockerKind;
import vn.ntm.core.facts.CriterionStatus;
import vn.ntm.core.facts.IndicatorStatus;
import vn.ntm.core.facts.NoDataReason;
import vn.ntm.core.input.Assessment;
import vn.ntm.core.input.Commune;
import vn.ntm.core.result.AssessmentResult;
import vn.ntm.core.result.IndicatorResult;

/**
 * Plumbing, not law: for every simple numeric indicator of every set, the engine compares a value with whatever level
 * it loaded, in whatever direction the catalog states, and reports the gap, the legal reference and the blocker.
 * Inputs are derived from the loaded data on purpose, so these checks cannot tell a wrong level or direction from a
 * right one; that is the job of the hand-written law cases (vn.ntm.rules.cases.LawCasesTest and its teeth test).
 */
@DisplayName("Plumbing: the engine applies the loaded levels (not a check of the law)")
class ThresholdPlumbingTest {
    private static final BigDecimal STEP = new BigDecimal("0.01");
    private static final Evaluator EVALUATOR = Communes.EVALUATOR;
    private static final LocalDate DAY = LocalDate.of(2022, 6, 1);
    private static final Commune COMMUNE = Communes.commune(Region.TDMNPB);

    @TestFactory
    Stream<DynamicTest> aValueAtTheLoadedLevelPassesAndOneStepWorseFailsWithItsGap() {
        List<DynamicTest> out = new ArrayList<>();
        for (CriteriaSet set : Communes.DEFS.sets().values()) {
            for (Indicator ind : set.indicators().values()) {
                if (ind.isBoolean() || ind.isComposite()) continue;
                ThresholdEntry e = Communes.DEFS.thresholds(set.id()).find(ind.code(), null, Region.TDMNPB, DAY);
                if (e == null || e.verification() == Verification.UNKNOWN) continue;
                BigDecimal at = e.number();
                // one step of the unit: a whole model or field for counts, 0.01 otherwise
                BigDecimal step = !ind.isPercent() && at.stripTrailingZeros().scale() <= 0 && !ind.unit().startsWith("triệu")
                        && !ind.unit().startsWith("m²") ? BigDecimal.ONE : STEP;
                BigDecimal worse = ind.comparator() == Comparator.AT_LEAST ? at.subtract(step) : at.add(step);
                out.add(DynamicTest.dynamicTest(set.id() + " " + ind.code() + ": at the loaded level and one step worse", () -> {
                    IndicatorResult pass = evaluate(set.id(), ind.code(), at).indicator(ind.code());
                    assertEquals(IndicatorStatus.PASS, pass.status());
                    assertEquals(0, pass.gap().signum());
                    assertNotNull(pass.legalRef(), "every result names its legal reference");
                    AssessmentResult r = evaluate(set.id(), ind.code(), worse);
                    IndicatorResult fail = r.indicator(ind.code());
                    assertEquals(IndicatorStatus.FAIL, fail.status());
                    assertEquals(0, step.compareTo(fail.gap()), "the gap is the distance to the level");
                    assertEquals(CriterionStatus.NOT_ACHIEVED, r.criterion(ind.criterion()).status());
                    assertTrue(r.pollReadiness().blockers().stream()
                            .anyMatch(b -> b.kind() == BlockerKind.CRITERION_NOT_ACHIEVED && b.ref().equals(ind.criterion())));
                }));
            }
        }
        return out.stream();
    }

    /** Reaches the unknown-level path with a value given (a bad one), which must still never be a fail. */
    @TestFactory
    Stream<DynamicTest> anUnknownLevelWithAValueGivenIsNoDataNeverAFail() {
        List<DynamicTest> out = new ArrayList<>();
        for (CriteriaSet set : Communes.DEFS.sets().values()) {
            for (Indicator ind : set.indicators().values()) {
                if (ind.isBoolean() || ind.isComposite()) continue;
                for (Region region : Region.values()) {
                    ThresholdEntry e = Communes.DEFS.thresholds(set.id()).find(ind.code(), null, region, DAY);
                    if (e == null || e.verification() != Verification.UNKNOWN) continue;
                    BigDecimal bad = ind.comparator() == Comparator.AT_LEAST ? BigDecimal.ZERO : new BigDecimal("100");
                    out.add(DynamicTest.dynamicTest(set.id() + " " + ind.code() + " " + region + ": unknown level, value " + bad, () -> {
                        Assessment a = Assessment.builder().commune(Communes.commune(region)).criteriaSet(set.id()).assessedOn(DAY)
                                .value(ind.code(), bad).build();
                        IndicatorResult i = EVALUATOR.evaluate(a).indicator(ind.code());
                        assertEquals(IndicatorStatus.NO_DATA, i.status());
                        assertEquals(NoDataReason.THRESHOLD_UNKNOWN, i.reason());
                        assertNotEquals(CriterionStatus.NOT_ACHIEVED, EVALUATOR.evaluate(a).criterion(ind.criterion()).status());
                    }));
                }
            }
        }
        return out.stream();
    }

    private static AssessmentResult evaluate(String set, String code, BigDecimal v) {
        return EVALUATOR.evaluate(Assessment.builder().commune(COMMUNE).criteriaSet(set).assessedOn(DAY).value(code, v).build());
    }
}
