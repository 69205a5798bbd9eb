package vn.ntm.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.ntm.core.catalog.CriteriaSet;
import vn.ntm.core.catalog.EvidenceRequirement;
import vn.ntm.core.catalog.Indicator;
import vn.ntm.core.catalog.Part;
import vn.ntm.core.catalog.Region;
import vn.ntm.core.catalog.ThresholdEntry;
import vn.ntm.core.catalog.ThresholdTable;
import vn.ntm.core.catalog.Verification;
import vn.ntm.core.engine.Definitions;
import vn.ntm.core.engine.Evaluator;
import vn.ntm.core.input.Assessment;
import vn.ntm.core.input.Commune;
import vn.ntm.core.input.CommuneCategory;
import vn.ntm.core.input.EvidenceItem;

/** Test communes built from the law's own data: every indicator exactly at its threshold, full dossiers. */
final class Communes {
    static final Definitions DEFS = Definitions.load();
    static final Evaluator EVALUATOR = Evaluator.builder().definitions(DEFS).build();
    static final String XA_NTM = "xa-ntm-2021-2025";
    /** 2022: the year with the most usable thresholds (income has a provisional TDMNPB level). */
    static final LocalDate DAY = LocalDate.of(2022, 6, 1);

    private Communes() { }

    static Commune commune(Region region, CommuneCategory... cats) {
        return new Commune("T-" + region, "Thử nghiệm", "Huyện thử", "Tỉnh thử", region, List.of(cats));
    }

    /** The threshold entry in force for an indicator (or part). */
    static ThresholdEntry threshold(String set, String code, String part, Region region, LocalDate day) {
        ThresholdTable t = DEFS.thresholds(set);
        return t.find(code, part, region, day);
    }

    static boolean usable(ThresholdEntry e) { return e != null && e.verification() != Verification.UNKNOWN; }

    /** A value exactly at the threshold (the passing side of the boundary), or null where no threshold is usable. */
    static Object atThreshold(String set, Indicator ind, Region region, LocalDate day) {
        if (ind.isComposite()) {
            Map<String, BigDecimal> parts = new LinkedHashMap<>();
            for (Part p : ind.parts()) {
                ThresholdEntry e = threshold(set, ind.code(), p.name(), region, day);
                if (!usable(e)) return null;
                parts.put(p.name(), e.number());
            }
            return parts;
        }
        ThresholdEntry e = threshold(set, ind.code(), null, region, day);
        if (!usable(e)) return null;
        return ind.isBoolean() ? Boolean.TRUE : e.number();
    }

    /** Every indicator at its threshold, every required document provided. */
    static Assessment.Builder passing(String set, Region region, LocalDate day) {
        CriteriaSet cs = DEFS.set(set);
        Assessment.Builder b = Assessment.builder().commune(commune(region)).criteriaSet(set).assessedOn(day);
        for (Indicator ind : cs.indicators().values()) {
            Object v = atThreshold(set, ind, region, day);
            put(b, ind.code(), v);
            for (EvidenceRequirement r : ind.evidence()) b.evidence(new EvidenceItem(ind.code(), r.code(), null, null, null));
        }
        return b;
    }

    @SuppressWarnings("unchecked")
    static void put(Assessment.Builder b, String code, Object v) {
        if (v instanceof Boolean bool) b.value(code, bool);
        else if (v instanceof BigDecimal n) b.value(code, n);
        else if (v instanceof Map<?, ?> m) b.value(code, (Map<String, BigDecimal>) m);
    }

    /** A copy of an assessment with one indicator's value replaced (null removes it). */
    static Assessment with(Assessment a, String code, Object value) {
        Map<String, Object> values = new LinkedHashMap<>(a.indicators());
        if (value == null) values.remove(code); else values.put(code, value);
        return new Assessment(a.commune(), a.criteriaSet(), a.assessedOn(), values, a.notApplicable(), a.evidence(),
                a.appraisals(), a.recognition());
    }

    static Assessment withNotApplicable(Assessment a, String code) {
        Map<String, Object> values = new LinkedHashMap<>(a.indicators());
        values.remove(code);
        List<String> na = new ArrayList<>(a.notApplicable());
        na.add(code);
        return new Assessment(a.commune(), a.criteriaSet(), a.assessedOn(), values, na, a.evidence(), a.appraisals(), a.recognition());
    }
}
