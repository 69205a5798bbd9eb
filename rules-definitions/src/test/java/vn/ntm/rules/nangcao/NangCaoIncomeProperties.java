package vn.ntm.rules.nangcao;

import static vn.ntm.rules.nangcao.SetFixtures.DAY;
import static vn.ntm.rules.nangcao.SetFixtures.NANG_CAO;
import static vn.ntm.rules.nangcao.SetFixtures.NATIONAL;

import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Scale;
import vn.ntm.core.catalog.Region;
import vn.ntm.core.facts.IndicatorStatus;
import vn.ntm.core.input.Commune;
import vn.ntm.core.result.AssessmentResult;

/** Criterion 10 follows its threshold for any income, and an unknown threshold never yields a fail. */
class NangCaoIncomeProperties {
    private static IndicatorStatus income(Region region, BigDecimal v) {
        Commune c = SetFixtures.commune("P", "Tỉnh P", region);
        AssessmentResult r = NATIONAL.evaluate(SetFixtures.allPass(NANG_CAO, c, DAY).value("10", v).build());
        return r.criteria().get(9).indicators().get(0).status();
    }

    @Property(tries = 60)
    boolean tdmnpbPassesExactlyFromTheThreshold(@ForAll @BigRange(min = "0", max = "200") @Scale(2) BigDecimal v) {
        BigDecimal t = SetFixtures.national(NANG_CAO, "10", null, Region.TDMNPB, DAY).number();
        return income(Region.TDMNPB, v) == (v.compareTo(t) >= 0 ? IndicatorStatus.PASS : IndicatorStatus.FAIL);
    }

    @Property(tries = 30)
    boolean unknownRegionsAreNeverAFail(@ForAll @BigRange(min = "0", max = "200") @Scale(2) BigDecimal v) {
        return income(Region.DNB, v) == IndicatorStatus.NO_DATA;
    }
}
