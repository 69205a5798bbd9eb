package vn.ntm.core.planning;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.ntm.core.engine.Definitions;
import vn.ntm.core.engine.Evaluator;
import vn.ntm.core.engine.Overlay;
import vn.ntm.core.facts.CriterionStatus;
import vn.ntm.core.input.Assessment;
import vn.ntm.core.result.AssessmentResult;
import vn.ntm.core.result.CriterionResult;
import vn.ntm.core.result.IndicatorResult;

/**
 * What-if on levels: every commune evaluated under the current levels (national, and the current provincial
 * overlays) and under a proposal (proposed overlays on top of the current ones), and what changes.
 *
 * <pre>{@code
 * WhatIfReport r = WhatIf.compare(defs, List.of(current), List.of(proposed), false, assessments);
 * }</pre>
 */
public final class WhatIf {
    private WhatIf() { }

    /** The evaluator of the current levels. */
    public static Evaluator currentEvaluator(Definitions defs, List<Overlay> current, boolean strict) {
        Evaluator.Builder b = Evaluator.builder().definitions(defs).strict(strict);
        current.forEach(b::overlay);
        return b.build();
    }

    /** The evaluator of the proposal: each proposed overlay wins over the current one of its province where it sets a level. */
    public static Evaluator proposalEvaluator(Definitions defs, List<Overlay> current, List<Overlay> proposed, boolean strict) {
        Evaluator.Builder b = Evaluator.builder().definitions(defs).strict(strict);
        current.forEach(b::overlay);
        proposed.forEach(b::proposal);
        return b.build();
    }

    /** Evaluates the batch under both and compares. */
    public static WhatIfReport compare(Definitions defs, List<Overlay> current, List<Overlay> proposed, boolean strict,
                                       List<Assessment> batch) {
        List<AssessmentResult> before = currentEvaluator(defs, current, strict).evaluateAll(batch);
        List<AssessmentResult> after = proposalEvaluator(defs, current, proposed, strict).evaluateAll(batch);
        return compare(before, after, refs(current), refs(proposed));
    }

    /** Compares results of the same assessments, pairwise in order. */
    public static WhatIfReport compare(List<AssessmentResult> before, List<AssessmentResult> after,
                                       List<WhatIfReport.OverlayRef> current, List<WhatIfReport.OverlayRef> proposed) {
        if (before.size() != after.size()) throw new IllegalArgumentException("before and after differ in size");
        List<WhatIfReport.CommuneChange> changes = new ArrayList<>();
        Map<String, int[]> provinces = new LinkedHashMap<>();   // communes, changed, complete before/after, ready before/after
        Map<String, int[]> criteria = new LinkedHashMap<>();    // achieved before/after, gained, lost
        Map<String, String> criterionNames = new LinkedHashMap<>();
        for (int i = 0; i < before.size(); i++) {
            AssessmentResult b = before.get(i);
            AssessmentResult a = after.get(i);
            List<WhatIfReport.StatusChange> cs = new ArrayList<>();
            List<WhatIfReport.IndicatorChange> is = new ArrayList<>();
            for (CriterionResult ca : a.criteria()) {
                CriterionResult cb = b.criterion(ca.code());
                String key = a.criteriaSet() + "|" + ca.code();
                criterionNames.putIfAbsent(key, ca.name());
                int[] k = criteria.computeIfAbsent(key, x -> new int[4]);
                boolean was = cb.status() == CriterionStatus.ACHIEVED;
                boolean is2 = ca.status() == CriterionStatus.ACHIEVED;
                if (was) k[0]++;
                if (is2) k[1]++;
                if (is2 && !was) k[2]++;
                if (was && !is2) k[3]++;
                if (cb.status() != ca.status()) cs.add(new WhatIfReport.StatusChange(ca.code(), ca.name(), cb.status().name(), ca.status().name()));
                for (IndicatorResult ia : ca.indicators()) {
                    IndicatorResult ib = b.indicator(ia.code());
                    if (ib.status() != ia.status()) {
                        is.add(new WhatIfReport.IndicatorChange(ia.code(), ia.name(), ib.status().name(), ia.status().name(),
                                ia.value(), ib.threshold(), Objects.equals(ib.threshold(), ia.threshold()) ? null : ia.threshold()));
                    }
                }
            }
            boolean readyB = b.pollReadiness().ready();
            boolean readyA = a.pollReadiness().ready();
            boolean changed = !cs.isEmpty() || !is.isEmpty() || readyA != readyB || a.achievedCount() != b.achievedCount();
            String province = b.commune().province() == null ? "" : b.commune().province();
            int[] p = provinces.computeIfAbsent(province, x -> new int[6]);
            p[0]++;
            if (changed) p[1]++;
            if (b.achievedCount() == b.criteriaCount()) p[2]++;
            if (a.achievedCount() == a.criteriaCount()) p[3]++;
            if (readyB) p[4]++;
            if (readyA) p[5]++;
            if (changed) {
                changes.add(new WhatIfReport.CommuneChange(a.commune().code(), a.commune().name(), a.commune().district(),
                        a.commune().province(), a.criteriaSet(), a.assessedOn(), a.criteriaCount(), b.achievedCount(),
                        a.achievedCount(), readyB, readyA, cs, is));
            }
        }
        List<WhatIfReport.ProvinceSummary> ps = new ArrayList<>();
        provinces.forEach((k, p) -> ps.add(new WhatIfReport.ProvinceSummary(k, p[0], p[1], p[2], p[3], p[4], p[5])));
        List<WhatIfReport.CriterionSummary> crs = new ArrayList<>();
        criteria.forEach((k, c) -> {
            if (c[2] + c[3] == 0) return;
            String[] sk = k.split("\\|", 2);
            crs.add(new WhatIfReport.CriterionSummary(sk[0], sk[1], criterionNames.get(k), c[0], c[1], c[2], c[3]));
        });
        return new WhatIfReport(WhatIfReport.FORMAT, WhatIfReport.Kind.compare, current, proposed, before.size(),
                changes.size(), changes, ps, crs, null);
    }

    public static List<WhatIfReport.OverlayRef> refs(List<Overlay> overlays) {
        return overlays.stream().map(o -> new WhatIfReport.OverlayRef(o.source(), o.province(), o.criteriaSet(), o.decision())).toList();
    }
}
