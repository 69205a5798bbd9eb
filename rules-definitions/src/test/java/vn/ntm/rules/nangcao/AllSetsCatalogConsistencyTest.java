package vn.ntm.rules.nangcao;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.ntm.rules.nangcao.SetFixtures.DEFS;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.ntm.core.catalog.CriteriaSet;
import vn.ntm.core.catalog.Indicator;
import vn.ntm.core.catalog.Part;
import vn.ntm.core.catalog.Region;
import vn.ntm.core.catalog.ThresholdEntry;
import vn.ntm.core.catalog.Verification;
import vn.ntm.core.engine.RuleInfo;

/** Law files and rules agree, for every criteria set on the classpath. */
class AllSetsCatalogConsistencyTest {
    static Stream<String> sets() { return DEFS.sets().keySet().stream(); }

    @ParameterizedTest
    @MethodSource("sets")
    void everyIndicatorHasExactlyOneRuleWithALegalReference(String setId) {
        Map<String, List<RuleInfo>> rules = DEFS.indicatorRules(setId);
        for (Indicator ind : DEFS.set(setId).indicators().values()) {
            List<RuleInfo> r = rules.getOrDefault(ind.code(), List.of());
            assertEquals(1, r.size(), setId + ": indicator " + ind.code() + " rules " + r);
            assertNotNull(r.get(0).legalRef(), setId + ": rule " + r.get(0).name() + " lacks @legalRef");
            assertFalse(r.get(0).legalRef().isBlank());
        }
    }

    @ParameterizedTest
    @MethodSource("sets")
    void everyRuleOfTheSetNamesACatalogIndicator(String setId) {
        CriteriaSet set = DEFS.set(setId);
        List<RuleInfo> own = DEFS.rules(setId);
        assertFalse(own.isEmpty(), setId + " has no rules of its own");
        for (RuleInfo r : own) {
            assertNotNull(r.indicator(), setId + ": rule " + r.name() + " lacks @indicator");
            assertNotNull(set.indicator(r.indicator()), setId + ": rule " + r.name() + " names unknown indicator " + r.indicator());
        }
    }

    /** Every day of the set's period, every region: a value or an explicit "unknown", never a gap. */
    @ParameterizedTest
    @MethodSource("sets")
    void everyIndicatorHasAThresholdOrExplicitUnknownForEveryRegionAndDay(String setId) {
        CriteriaSet set = DEFS.set(setId);
        List<String> gaps = new ArrayList<>();
        for (Indicator ind : set.indicators().values()) {
            List<String> parts = ind.isComposite() ? ind.parts().stream().map(Part::name).toList() : java.util.Collections.singletonList(null);
            for (String part : parts) {
                for (Region r : Region.values()) {
                    for (LocalDate d = set.validFrom(); !d.isAfter(set.validTo()); d = d.plusDays(7)) {
                        ThresholdEntry e = DEFS.thresholds(setId).find(ind.code(), part, r, d);
                        if (e == null) { gaps.add(ind.code() + (part == null ? "" : "/" + part) + " " + r + " " + d); break; }
                        assertNotNull(e.citation());
                        if (e.verification() == Verification.PROVISIONAL) assertNotNull(e.basis(), ind.code() + ": provisional without basis");
                        if (e.verification() == Verification.UNKNOWN) assertEquals(null, e.value());
                    }
                }
            }
        }
        assertTrue(gaps.isEmpty(), setId + ": no threshold entry for " + gaps);
    }

    @ParameterizedTest
    @MethodSource("sets")
    void lowConfidenceIndicatorsSayWhatIsInDoubt(String setId) {
        for (Indicator ind : DEFS.set(setId).indicators().values()) {
            if (ind.confidence() == vn.ntm.core.catalog.Confidence.LOW) {
                assertNotNull(ind.doubt(), setId + ": LOW indicator " + ind.code() + " without doubt");
            }
        }
    }

    @ParameterizedTest
    @MethodSource("sets")
    void prerequisiteSetsAreLoaded(String setId) {
        String pre = DEFS.set(setId).prerequisiteSet();
        if (pre != null) {
            assertNotNull(DEFS.set(pre));
            assertNotNull(DEFS.set(setId).prerequisiteRef());
        }
    }
}
