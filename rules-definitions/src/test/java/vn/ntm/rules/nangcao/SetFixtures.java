package vn.ntm.rules.nangcao;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.ntm.core.catalog.Comparator;
import vn.ntm.core.catalog.CriteriaSet;
import vn.ntm.core.catalog.EvidenceRequirement;
import vn.ntm.core.catalog.Indicator;
import vn.ntm.core.catalog.Part;
import vn.ntm.core.catalog.Region;
import vn.ntm.core.catalog.ThresholdEntry;
import vn.ntm.core.catalog.Verification;
import vn.ntm.core.engine.Definitions;
import vn.ntm.core.engine.Evaluator;
import vn.ntm.core.engine.Overlay;
import vn.ntm.core.input.Assessment;
import vn.ntm.core.input.Commune;

/**
 * Shared test data built from the catalogs themselves, so that the scenarios follow the law files: an "all pass"
 * assessment puts every indicator at its threshold, and a test overlay fills the thresholds the law files leave
 * unknown (only for a fictitious province, so national results are untouched).
 */
public final class SetFixtures {
    public static final String XA = "xa-ntm-2021-2025";
    public static final String NANG_CAO = "xa-ntm-nang-cao-2021-2025";
    public static final String KIEU_MAU = "xa-ntm-kieu-mau-2021-2025";
    /** A fictitious province whose overlay fills unknown thresholds. */
    public static final String TEST_PROVINCE = "Tỉnh Thử Nghiệm";
    public static final LocalDate DAY = LocalDate.of(2024, 9, 16);
    /** The level the test overlay gives every unknown numeric threshold. */
    public static final BigDecimal FILLED = new BigDecimal("50");

    public static final Definitions DEFS = Definitions.load();
    /** National thresholds only. */
    public static final Evaluator NATIONAL = Evaluator.builder().definitions(DEFS).build();
    /** With overlays for TEST_PROVINCE filling every unknown threshold of the xã NTM and nâng cao sets. */
    public static final Evaluator FILLED_IN = Evaluator.builder().definitions(DEFS)
            .overlay(fillUnknown(XA)).overlay(fillUnknown(NANG_CAO)).build();

    private SetFixtures() { }

    public static Commune commune(String code, String province, Region region) {
        return new Commune(code, "Xã " + code, "Huyện Thử", province, region, null);
    }

    /** The threshold entry in force nationally, or null. */
    public static ThresholdEntry national(String set, String indicator, String part, Region region, LocalDate day) {
        return DEFS.thresholds(set).find(indicator, part, region, day);
    }

    /** The level an indicator must reach for this commune: the test overlay's where it applies, else the national one. */
    static BigDecimal passing(String set, String indicator, String part, Commune c, LocalDate day) {
        if (TEST_PROVINCE.equals(c.province()) && filled(set, indicator, part)) return FILLED;
        ThresholdEntry e = national(set, indicator, part, DEFS.thresholdRegion(c, set, day), day);
        if (e == null || e.verification() == Verification.UNKNOWN) return FILLED;
        return e.number();
    }

    /** Every indicator at its threshold (Đạt for yes/no), every document provided. */
    public static Assessment.Builder allPass(String set, Commune c, LocalDate day) {
        CriteriaSet s = DEFS.set(set);
        Assessment.Builder b = Assessment.builder().commune(c).criteriaSet(set).assessedOn(day);
        for (Indicator ind : s.indicators().values()) {
            if (ind.fromPrerequisite()) {
                // decided by the rules from the prerequisite; giving a value is an input error
            } else if (ind.isBoolean()) {
                b.value(ind.code(), true);
            } else if (ind.isComposite()) {
                Map<String, BigDecimal> parts = new LinkedHashMap<>();
                for (Part p : ind.parts()) parts.put(p.name(), passing(set, ind.code(), p.name(), c, day));
                b.value(ind.code(), parts);
            } else {
                b.value(ind.code(), passing(set, ind.code(), null, c, day));
            }
            for (EvidenceRequirement r : ind.evidence()) b.evidence(ind.code(), r.code());
        }
        return b;
    }

    /** A value just on the failing side of the indicator's threshold (Không đạt for yes/no). */
    public static Object failing(String set, Indicator ind, Commune c, LocalDate day) {
        if (ind.isBoolean()) return false;
        BigDecimal t = passing(set, ind.code(), null, c, day);
        return ind.comparator() == Comparator.AT_LEAST ? t.subtract(BigDecimal.ONE) : t.add(BigDecimal.ONE);
    }

    /** Whether the test overlay sets this threshold: some region has none usable on DAY. */
    static boolean filled(String set, String indicator, String part) {
        for (Region r : Region.values()) {
            ThresholdEntry e = national(set, indicator, part, r, DAY);
            if (e == null || e.verification() == Verification.UNKNOWN) return true;
        }
        return false;
    }

    static Overlay fillUnknown(String set) {
        CriteriaSet s = DEFS.set(set);
        StringBuilder y = new StringBuilder("format: ntm-overlay/1\nprovince: \"" + TEST_PROVINCE + "\"\nregion: TDMNPB\n"
                + "decision: \"QĐ thử nghiệm (test only)\"\ncriteriaSet: " + set + "\nthresholds:\n");
        for (Indicator ind : s.indicators().values()) {
            if (ind.isBoolean()) continue;
            for (String part : ind.isComposite() ? ind.parts().stream().map(Part::name).toList() : java.util.Collections.<String>singletonList(null)) {
                if (!filled(set, ind.code(), part)) continue;
                y.append("  - indicator: \"").append(ind.code()).append("\"\n");
                if (part != null) y.append("    part: ").append(part).append("\n");
                y.append("    from: ").append(s.validFrom()).append("\n    to: ").append(s.validTo())
                        .append("\n    value: ").append(FILLED).append("\n    provenance: PROVINCIAL\n    citation: \"test\"\n");
            }
        }
        return Overlay.load(new ByteArrayInputStream(y.toString().getBytes(StandardCharsets.UTF_8)), "test-overlay-" + set, DEFS);
    }
}
