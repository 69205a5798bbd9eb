package vn.ntm.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.ntm.rules.Communes.DEFS;

import java.util.ArrayList;
import java.util.Collections;
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
 * The build-time check of the law (as DMN engines check decision tables), for every criteria set on the classpath:
 * every indicator has exactly one rule naming it with a legal reference, every rule maps to a catalog indicator,
 * and every indicator has a cited threshold (a value or an explicit "unknown") for every region on every day of the
 * set's period, checked analytically: the first entry starts on the set's first day, each next one the day after the
 * previous one ends, and the last ends on the set's last day.
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
            tests.add(DynamicTest.dynamicTest(set.id() + ": a cited threshold for every indicator, region and day of the period, without gaps", () -> {
                List<String> problems = new ArrayList<>();
                for (Indicator ind : set.indicators().values()) {
                    List<String> parts = ind.isComposite() ? ind.parts().stream().map(Part::name).toList() : Collections.singletonList(null);
                    for (String part : parts) {
                        for (Region r : Region.values()) {
                            String where = ind.code() + (part == null ? "" : "/" + part) + " " + r;
                            List<ThresholdEntry> series = DEFS.thresholds(set.id()).series(ind.code(), part, r);
                            if (series.isEmpty()) { problems.add(where + ": no entry at all"); continue; }
                            if (!series.get(0).validFrom().equals(set.validFrom())) problems.add(where + ": starts " + series.get(0).validFrom());
                            for (int i = 1; i < series.size(); i++) {
                                ThresholdEntry prev = series.get(i - 1);
                                if (prev.validTo() == null || !series.get(i).validFrom().equals(prev.validTo().plusDays(1))) {
                                    problems.add(where + ": " + prev.validTo() + " is not followed by the next day (" + series.get(i).validFrom() + ")");
                                }
                            }
                            ThresholdEntry last = series.get(series.size() - 1);
                            if (last.validTo() != null && !last.validTo().equals(set.validTo())) problems.add(where + ": ends " + last.validTo());
                            for (ThresholdEntry e : series) {
                                if (e.citation().isBlank() || e.source().isBlank()) problems.add(where + ": uncited entry " + e.validFrom());
                                if (e.verification() == Verification.PROVISIONAL && e.basis() == null) problems.add(where + ": provisional without basis");
                                if (e.verification() == Verification.UNKNOWN && e.value() != null) problems.add(where + ": unknown with a value");
                            }
                        }
                    }
                }
                assertEquals(List.of(), problems);
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
            tests.add(DynamicTest.dynamicTest(set.id() + ": low-confidence indicators say what is in doubt", () -> {
                for (Indicator ind : set.indicators().values()) {
                    if (ind.confidence() == Confidence.LOW) assertNotNull(ind.doubt(), "LOW indicator " + ind.code() + " without doubt");
                }
            }));
            tests.add(DynamicTest.dynamicTest(set.id() + ": a prerequisite set is loaded and cited", () -> {
                if (set.prerequisiteSet() == null) {
                    assertNull(set.prerequisiteRef());
                } else {
                    assertNotNull(DEFS.set(set.prerequisiteSet()));
                    assertNotNull(set.prerequisiteRef());
                }
            }));
            tests.add(DynamicTest.dynamicTest(set.id() + ": an official indicator count, where given, is cited and not below the catalog's", () -> {
                if (set.officialIndicatorCount() != null) {
                    assertNotNull(set.officialIndicatorCountSource());
                    assertTrue(set.officialIndicatorCount() >= set.indicators().size());
                }
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
