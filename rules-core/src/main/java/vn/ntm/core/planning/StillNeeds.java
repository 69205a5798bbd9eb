package vn.ntm.core.planning;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.ntm.core.facts.IndicatorStatus;
import vn.ntm.core.result.AssessmentResult;
import vn.ntm.core.result.CriterionResult;
import vn.ntm.core.result.EvidenceRef;
import vn.ntm.core.result.IndicatorResult;
import vn.ntm.core.result.PartResult;
import vn.ntm.core.result.StillNeed;
import vn.ntm.core.result.VillageGap;
import vn.ntm.core.result.VillageIndicator;
import vn.ntm.core.workflow.AppraisalGroup;
import vn.ntm.core.workflow.DistrictPlan;

/**
 * What a commune still needs, shortest list first to act on: failing indicators ordered by how close each is to its
 * level (relative gap: the gap divided by the level), then failing "Đạt" indicators (no gap to measure), then
 * indicators with no data, then missing dossier documents; each item once. With a district plan, each item gets the
 * deadline of its criterion's group and the responsible body the plan names (for the indicator, else the criterion).
 */
public final class StillNeeds {
    private StillNeeds() { }

    /** Without a plan: no deadlines, no responsible bodies. Empty when nothing is missing. */
    public static List<StillNeed> of(AssessmentResult r) {
        List<StillNeed> failing = new ArrayList<>();
        List<StillNeed> failingMet = new ArrayList<>();
        List<StillNeed> noData = new ArrayList<>();
        List<StillNeed> evidence = new ArrayList<>();
        for (CriterionResult c : r.criteria()) {
            for (IndicatorResult i : c.indicators()) {
                if (i.status() == IndicatorStatus.FAIL) {
                    StillNeed n = failing(c, i, r.villages());
                    (n.relativeGap() == null ? failingMet : failing).add(n);
                } else if (i.status() == IndicatorStatus.NO_DATA) {
                    noData.add(new StillNeed(StillNeed.Kind.NO_DATA, c.code(), i.code(), i.name(), null, null, i.threshold(), i.unit(), null,
                            null, i.reason(), null, null, null, null, null));
                }
                for (EvidenceRef e : i.missingEvidence()) {
                    evidence.add(new StillNeed(StillNeed.Kind.EVIDENCE, c.code(), i.code(), i.name(), null, null, null, null, null, null,
                            null, e.document(), e.title(), null, null, null));
                }
            }
        }
        // stable: equal gaps keep catalog order
        failing.sort(Comparator.comparing(StillNeed::relativeGap));
        List<StillNeed> out = new ArrayList<>(failing);
        out.addAll(failingMet);
        out.addAll(noData);
        out.addAll(evidence);
        return out;
    }

    /** With the plan's deadlines and responsible bodies (when the plan covers the commune). */
    public static List<StillNeed> of(AssessmentResult r, DistrictPlan plan) {
        List<StillNeed> base = of(r);
        if (plan == null || !plan.covers(r.commune().code())) return base;
        List<StillNeed> out = new ArrayList<>(base.size());
        for (StillNeed n : base) {
            CriterionResult c = r.criterion(n.criterion());
            AppraisalGroup g = c.group();
            String responsible = plan.responsible().get(n.indicator());
            if (responsible == null) responsible = plan.responsible().get(n.criterion());
            out.add(n.with(g == AppraisalGroup.APPRAISED ? null : plan.deadline(g), responsible));
        }
        return out;
    }

    private static StillNeed failing(CriterionResult c, IndicatorResult i, List<VillageIndicator> computed) {
        // the villages to direct ("lấy địa bàn thôn để chỉ đạo"), when the value was computed from villages
        List<VillageGap> villages = new ArrayList<>();
        for (VillageIndicator v : computed) if (v.indicator().equals(i.code())) villages.addAll(v.below());
        if (!i.parts().isEmpty()) {
            PartResult worst = null;
            BigDecimal worstGap = null;
            for (PartResult p : i.parts()) {
                if (p.status() != IndicatorStatus.FAIL) continue;
                BigDecimal g = relative(p.gap(), p.threshold());
                if (worst == null || (g != null && (worstGap == null || g.compareTo(worstGap) > 0))) {
                    worst = p;
                    worstGap = g;
                }
            }
            if (worst != null) {
                return new StillNeed(StillNeed.Kind.FAILING, c.code(), i.code(), i.name(), worst.name(), worst.value(),
                        worst.threshold(), worst.unit(), worst.gap(), worstGap, null, null, null, null, null, villages);
            }
        }
        BigDecimal level = i.threshold() instanceof BigDecimal b ? b : null;
        return new StillNeed(StillNeed.Kind.FAILING, c.code(), i.code(), i.name(), null, i.value(), i.threshold(),
                i.comparator() == vn.ntm.core.catalog.Comparator.BOOLEAN ? null : i.unit(), i.gap(),
                relative(i.gap(), level), null, null, null, null, null, villages);
    }

    /** gap / level, 4 decimals; null when there is no gap or no positive level to measure it against. */
    private static BigDecimal relative(BigDecimal gap, BigDecimal level) {
        if (gap == null || level == null || level.signum() <= 0) return null;
        return gap.divide(level, 4, RoundingMode.HALF_UP);
    }

}
