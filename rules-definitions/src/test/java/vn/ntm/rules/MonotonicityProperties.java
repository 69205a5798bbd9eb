package vn.ntm.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import vn.ntm.core.catalog.Region;
import vn.ntm.core.facts.IndicatorStatus;
import vn.ntm.core.input.Assessment;

/**
 * A better value never turns a pass into a fail, with "better" written here from the law reference, never taken from
 * the catalog under test: income (10; kiểu mẫu 2) and the irrigated share (3.1) are higher-is-better, multidimensional
 * poverty (11) and stunting (15.3) lower-is-better (ntm-criteria.md §1 TC3, TC10, TC11, TC15; §5). Every try compares
 * two decided results (TDMNPB, 2022, where each of these has a usable level).
 */
class MonotonicityProperties {
    private static final LocalDate DAY = LocalDate.of(2022, 9, 16);

    /** set, indicator, higher is better (true) or lower is better (false), and the value range to draw from */
    record Direction(String set, String code, boolean higherIsBetter, int max) { }

    private static final List<Direction> DIRECTIONS = List.of(
            new Direction("xa-ntm-2021-2025", "3.1", true, 100),
            new Direction("xa-ntm-2021-2025", "10", true, 200),
            new Direction("xa-ntm-2021-2025", "11", false, 100),
            new Direction("xa-ntm-2021-2025", "15.3", false, 100),
            new Direction("xa-ntm-nang-cao-2021-2025", "10", true, 200),
            new Direction("xa-ntm-nang-cao-2021-2025", "11", false, 100),
            new Direction("xa-ntm-kieu-mau-2021-2025", "2", true, 200));

    record Pair(Direction d, BigDecimal worse, BigDecimal better) { }

    @Provide
    Arbitrary<Pair> pairs() {
        return Arbitraries.of(DIRECTIONS).flatMap(d -> {
            Arbitrary<BigDecimal> v = Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.valueOf(d.max())).ofScale(2);
            return Combinators.combine(v, v).as((x, y) -> {
                BigDecimal lo = x.min(y);
                BigDecimal hi = x.max(y);
                return d.higherIsBetter() ? new Pair(d, lo, hi) : new Pair(d, hi, lo);
            });
        });
    }

    @Property(tries = 200)
    void aBetterValueNeverTurnsAPassIntoAFail(@ForAll("pairs") Pair p) {
        IndicatorStatus worse = status(p.d(), p.worse());
        IndicatorStatus better = status(p.d(), p.better());
        assertTrue(worse == IndicatorStatus.PASS || worse == IndicatorStatus.FAIL, p + " → " + worse);
        assertTrue(better == IndicatorStatus.PASS || better == IndicatorStatus.FAIL, p + " → " + better);
        if (worse == IndicatorStatus.PASS) assertEquals(IndicatorStatus.PASS, better, p.toString());
        if (better == IndicatorStatus.FAIL) assertEquals(IndicatorStatus.FAIL, worse, p.toString());
    }

    private static IndicatorStatus status(Direction d, BigDecimal v) {
        Assessment a = Assessment.builder().commune(Communes.commune(Region.TDMNPB)).criteriaSet(d.set()).assessedOn(DAY)
                .value(d.code(), v).build();
        return Communes.EVALUATOR.evaluate(a).indicator(d.code()).status();
    }
}
