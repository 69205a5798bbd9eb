package vn.ntm.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.ntm.rules.Communes.DEFS;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import vn.ntm.core.catalog.Confidence;
import vn.ntm.core.catalog.CriteriaSet;
import vn.ntm.core.catalog.Indicator;
import vn.ntm.core.catalog.Part;
import vn.ntm.core.catalog.Region;
import vn.ntm.core.catalog.ThresholdEntry;
import vn.ntm.core.catalog.Verification;
import vn.ntm.core.engine.RuleInfo;

/**
 * The build-time check of the law (as DMN engines check decision tables): for every criteria set, every
 * indicator has exactly one rule naming it with a legal reference, every rule maps to a catalog indicator,
 * and every indicator has a cited threshold (a value or an explicit "unknown") for every region on every day
 * of the set's period.
 */
class CatalogConsistencyTest {

    @TestFactory
    Stream<DynamicTest> everySetIsConsistent() {
        List<DynamicTest> tests = new ArrayList<>();
        for (CriteriaSet set : DEFS.sets().values()) {
            int expected = set.id().startsWith("xa-ntm-kieu-mau") ? 4 : 19; // 319/QĐ-TTg has four conditions; 318 has 19 criteria
            tests.add(DynamicTest.dynamicTest(set.id() + ": criteria numbered 1.." + expected + " in order", () -> {
                assertEquals(expected, set.criteria().size());
                for (int i = 0; i < expected; i++) assertEquals(String.valueOf(i + 1), set.criteria().get(i).code());
            }));
            tests.add(DynamicTest.dynamicTest(set.id() + ": exactly one rule per indicator, with its legal reference", () -> {
                Map<String, List<RuleInfo>> rules = DEFS.indicatorRules(set.id());
                for (Indicator ind : set.indicators().values()) {
                    List<RuleInfo> r = rules.get(ind.code());
                    assertNotNull(r, "no rule names indicator " + ind.code());
                    assertEquals(1, r.size(), "indicator " + ind.code() + " has rules " + r);
                    assertEquals(set.rulePackage(), r.get(0).pkg());
                    assertNotNull(r.get(0).legalRef(), "rule for " + ind.code() + " lacks @legalRef");
                    assertFalse(r.get(0).legalRef().isBlank());
                }
            }));
            tests.add(DynamicTest.dynamicTest(set.id() + ": every rule of the set maps to a catalog indicator", () -> {
                List<RuleInfo> own = DEFS.rules(set.id());
                assertEquals(set.indicators().size(), own.size(), "one rule per indicator, nothing else in " + set.rulePackage());
                for (RuleInfo r : own) {
                    assertNotNull(r.indicator(), "rule '" + r.name() + "' names no indicator");
                    assertNotNull(set.indicator(r.indicator()), "rule '" + r.name() + "' names unknown indicator " + r.indicator());
                }
            }));
            tests.add(DynamicTest.dynamicTest(set.id() + ": a cited threshold for every indicator, region and day of the period", () -> {
                List<LocalDate> days = new ArrayList<>();
                for (LocalDate d = set.validFrom(); !d.isAfter(set.validTo()); d = d.plusDays(7)) days.add(d);
                days.add(set.validTo());
                for (Indicator ind : set.indicators().values()) {
                    List<String> parts = ind.isComposite() ? ind.parts().stream().map(Part::name).toList() : java.util.Collections.singletonList(null);
                    for (String part : parts) {
                        for (Region r : Region.values()) {
                            for (LocalDate d : days) {
                                ThresholdEntry e = DEFS.thresholds(set.id()).find(ind.code(), part, r, d);
                                assertNotNull(e, ind.code() + (part == null ? "" : "/" + part) + " has no threshold (not even \"unknown\") for " + r + " on " + d);
                                assertFalse(e.citation().isBlank());
                                assertFalse(e.source().isBlank());
                                if (e.verification() == Verification.PROVISIONAL) assertNotNull(e.basis(), "provisional value without basis: " + e);
                            }
                        }
                    }
                }
            }));
            tests.add(DynamicTest.dynamicTest(set.id() + ": verified thresholds only for indicators the reference is sure of", () -> {
                for (ThresholdEntry e : DEFS.thresholds(set.id()).all()) {
                    if (e.verification() == Verification.VERIFIED) {
                        assertEquals(Confidence.HIGH, set.indicator(e.indicator()).confidence(), "verified threshold on a less than HIGH indicator: " + e.indicator());
                    }
                }
            }));
            tests.add(DynamicTest.dynamicTest(set.id() + ": every indicator has a dossier", () -> {
                for (Indicator ind : set.indicators().values()) assertFalse(ind.evidence().isEmpty(), ind.code());
            }));
        }
        return tests.stream();
    }

    @Test
    void theRulesComeFromThePrebuiltExecutableModel() {
        List<String> models = DEFS.modelClasses();
        assertFalse(models.isEmpty());
        for (String m : models) {
            String resource = m.replace('.', '/') + ".class";
            assertNotNull(getClass().getClassLoader().getResource(resource), "model class compiled at build time: " + resource);
            assertTrue(m.matches("vn\\.ntm\\.rules\\.[a-z]+\\.Rules[0-9a-f]+"), m);
        }
    }
}
