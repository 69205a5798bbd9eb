package vn.ntm.bench;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.ntm.core.catalog.Comparator;
import vn.ntm.core.catalog.CriteriaSet;
import vn.ntm.core.catalog.Criterion;
import vn.ntm.core.catalog.EvidenceRequirement;
import vn.ntm.core.catalog.Indicator;
import vn.ntm.core.catalog.Part;
import vn.ntm.core.catalog.Region;
import vn.ntm.core.catalog.ThresholdEntry;
import vn.ntm.core.catalog.ThresholdTable;
import vn.ntm.core.catalog.Verification;
import vn.ntm.core.engine.Definitions;
import vn.ntm.core.facts.CriterionStatus;
import vn.ntm.core.facts.IndicatorStatus;
import vn.ntm.core.input.Assessment;
import vn.ntm.core.input.EvidenceItem;
import vn.ntm.core.result.AssessmentResult;
import vn.ntm.core.result.CriterionResult;
import vn.ntm.core.result.IndicatorResult;

/**
 * The benchmark's yardstick: the same catalog data (thresholds, comparators, evidence requirements) applied
 * by hand-written Java, with no rule engine and no explanations. National thresholds, non-strict mode.
 * It learns every indicator from {@link Definitions}; it names no indicator code.
 */
public final class PlainJavaEvaluator {

    /** The verdicts the engine and the baseline must agree on, in catalog order. */
    public record Verdict(IndicatorStatus[] indicators, CriterionStatus[] criteria, int achieved, int missingEvidence,
                          boolean pollReady) { }

    private final Map<String, SetIndex> sets = new HashMap<>();

    private final Definitions regions;

    public PlainJavaEvaluator(Definitions defs) {
        this.regions = defs;
        for (CriteriaSet s : defs.sets().values()) sets.put(s.id(), new SetIndex(defs, s));
    }

    /** Per set: indicators in catalog order and their threshold series per region, looked up once. */
    private static final class SetIndex {
        final CriteriaSet set;
        final Indicator[] indicators;
        final int[] criterionOf;
        final boolean[] hasRule;
        /** [region][indicator][part or 0] → dated entries */
        final List<ThresholdEntry>[][][] series;

        @SuppressWarnings("unchecked")
        SetIndex(Definitions defs, CriteriaSet set) {
            this.set = set;
            List<Indicator> inds = new ArrayList<>();
            List<Integer> crit = new ArrayList<>();
            for (int c = 0; c < set.criteria().size(); c++) {
                for (Indicator i : set.criteria().get(c).indicators()) { inds.add(i); crit.add(c); }
            }
            indicators = inds.toArray(new Indicator[0]);
            criterionOf = crit.stream().mapToInt(Integer::intValue).toArray();
            hasRule = new boolean[indicators.length];
            ThresholdTable table = defs.thresholds(set.id());
            series = new List[Region.values().length][indicators.length][];
            for (int i = 0; i < indicators.length; i++) {
                Indicator ind = indicators[i];
                hasRule[i] = defs.rule(set.id(), ind.code()) != null;
                for (Region r : Region.values()) {
                    if (ind.isComposite()) {
                        series[r.ordinal()][i] = new List[ind.parts().size()];
                        for (int p = 0; p < ind.parts().size(); p++) {
                            series[r.ordinal()][i][p] = table.series(ind.code(), ind.parts().get(p).name(), r);
                        }
                    } else {
                        series[r.ordinal()][i] = new List[] {table.series(ind.code(), null, r)};
                    }
                }
            }
        }
    }

    public Verdict evaluate(Assessment a) {
        SetIndex s = sets.get(a.criteriaSet());
        int region = regions.thresholdRegion(a.commune(), a.criteriaSet(), a.assessedOn()).ordinal();
        int n = s.indicators.length;
        IndicatorStatus[] st = new IndicatorStatus[n];
        int missing = 0;
        // documents grouped by indicator once: a scan of all evidence per requirement would be quadratic
        Map<String, List<String>> provided = new HashMap<>();
        for (EvidenceItem e : a.evidence()) provided.computeIfAbsent(e.indicator(), k -> new ArrayList<>(2)).add(e.document());
        for (int i = 0; i < n; i++) {
            Indicator ind = s.indicators[i];
            boolean na = a.notApplicable().contains(ind.code());
            // a condition decided from the prerequisite: met with a recognition record, unknown without one
            Object value = ind.fromPrerequisite() ? (a.prerequisite() != null ? Boolean.TRUE : null) : a.indicators().get(ind.code());
            st[i] = na ? IndicatorStatus.NOT_APPLICABLE : judge(ind, value, s.series[region][i], s.hasRule[i], a);
            if (!na) {
                List<String> docs = provided.getOrDefault(ind.code(), List.of());
                for (EvidenceRequirement r : ind.evidence()) if (!docs.contains(r.code())) missing++;
            }
        }
        int nc = s.set.criteria().size();
        boolean[] fail = new boolean[nc];
        boolean[] noData = new boolean[nc];
        for (int i = 0; i < n; i++) {
            if (st[i] == IndicatorStatus.FAIL) fail[s.criterionOf[i]] = true;
            if (st[i] == IndicatorStatus.NO_DATA) noData[s.criterionOf[i]] = true;
        }
        CriterionStatus[] cs = new CriterionStatus[nc];
        int achieved = 0;
        for (int c = 0; c < nc; c++) {
            cs[c] = fail[c] ? CriterionStatus.NOT_ACHIEVED : noData[c] ? CriterionStatus.INCOMPLETE : CriterionStatus.ACHIEVED;
            if (cs[c] == CriterionStatus.ACHIEVED) achieved++;
        }
        boolean prerequisiteMet = s.set.prerequisiteSet() == null || a.prerequisite() != null;
        return new Verdict(st, cs, achieved, missing, achieved == nc && missing == 0 && prerequisiteMet);
    }

    private static IndicatorStatus judge(Indicator ind, Object value, List<ThresholdEntry>[] series, boolean hasRule, Assessment a) {
        if (value == null) return IndicatorStatus.NO_DATA;
        ThresholdEntry[] t = new ThresholdEntry[series.length];
        boolean anyUsable = false;
        for (int p = 0; p < series.length; p++) {
            t[p] = inForce(series[p], a);
            if (t[p] != null && t[p].verification() == Verification.UNKNOWN) t[p] = null;
            anyUsable |= t[p] != null;
        }
        // a simple indicator needs its level; a composite needs one usable part (Kleene: a failing part decides)
        if (!anyUsable) return IndicatorStatus.NO_DATA;
        if (!hasRule) return IndicatorStatus.NO_DATA;
        switch (ind.comparator()) {
            case BOOLEAN:
                return Boolean.TRUE.equals(value) ? IndicatorStatus.PASS : IndicatorStatus.FAIL;
            case COMPOSITE: {
                @SuppressWarnings("unchecked")
                Map<String, BigDecimal> parts = (Map<String, BigDecimal>) value;
                boolean failed = false;
                boolean partMissing = false;
                for (int p = 0; p < series.length; p++) {
                    Part part = ind.parts().get(p);
                    BigDecimal v = parts.get(part.name());
                    if (v == null || t[p] == null) partMissing = true;
                    else if (!passes(part.comparator(), v, t[p].number())) failed = true;
                }
                return failed ? IndicatorStatus.FAIL : partMissing ? IndicatorStatus.NO_DATA : IndicatorStatus.PASS;
            }
            default:
                return passes(ind.comparator(), (BigDecimal) value, t[0].number()) ? IndicatorStatus.PASS : IndicatorStatus.FAIL;
        }
    }

    private static boolean passes(Comparator c, BigDecimal v, BigDecimal limit) {
        int cmp = v.compareTo(limit);
        return c == Comparator.AT_LEAST ? cmp >= 0 : cmp <= 0;
    }

    private static ThresholdEntry inForce(List<ThresholdEntry> series, Assessment a) {
        for (ThresholdEntry e : series) if (e.inForceOn(a.assessedOn())) return e;
        return null;
    }

    /** Null when the engine's result says the same as the verdict; otherwise the first difference. */
    public static String disagreement(Verdict v, AssessmentResult r) {
        int i = 0;
        for (int c = 0; c < r.criteria().size(); c++) {
            CriterionResult cr = r.criteria().get(c);
            if (cr.status() != v.criteria()[c]) return "criterion " + cr.code() + ": engine " + cr.status() + ", baseline " + v.criteria()[c];
            for (IndicatorResult ir : cr.indicators()) {
                if (i >= v.indicators().length || ir.status() != v.indicators()[i]) {
                    return "indicator " + ir.code() + ": engine " + ir.status() + ", baseline "
                            + (i < v.indicators().length ? v.indicators()[i] : "(none)");
                }
                i++;
            }
        }
        if (i != v.indicators().length) return "indicator count: engine " + i + ", baseline " + v.indicators().length;
        if (r.achievedCount() != v.achieved()) return "achieved: engine " + r.achievedCount() + ", baseline " + v.achieved();
        if (r.missingEvidence().size() != v.missingEvidence()) {
            return "missing evidence: engine " + r.missingEvidence().size() + ", baseline " + v.missingEvidence();
        }
        if (r.pollReadiness().ready() != v.pollReady()) return "poll readiness: engine " + r.pollReadiness().ready() + ", baseline " + v.pollReady();
        return null;
    }
}
