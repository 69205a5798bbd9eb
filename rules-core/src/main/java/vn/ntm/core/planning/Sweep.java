package vn.ntm.core.planning;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import vn.ntm.core.catalog.Comparator;
import vn.ntm.core.catalog.CriteriaSet;
import vn.ntm.core.catalog.Criterion;
import vn.ntm.core.catalog.Indicator;
import vn.ntm.core.catalog.Part;
import vn.ntm.core.engine.CriterionRerun;
import vn.ntm.core.engine.Definitions;
import vn.ntm.core.engine.Evaluator;
import vn.ntm.core.engine.Overlay;
import vn.ntm.core.facts.BlockerKind;
import vn.ntm.core.facts.CriterionStatus;
import vn.ntm.core.facts.IndicatorStatus;
import vn.ntm.core.input.Assessment;
import vn.ntm.core.result.AssessmentResult;
import vn.ntm.core.result.Blocker;

/**
 * A sweep of one level over a range, for a batch of communes. The batch is evaluated once in full under the
 * current levels; then, for each level, only the swept indicator's criterion is decided again by the rules
 * ({@link CriterionRerun}) and the commune's count and poll readiness are carried over from the full result with
 * that one criterion replaced. Communes that declare the indicator not applicable or give no value for it cannot
 * change and are not re-run. {@link #full(BigDecimal)} re-evaluates everything, for checking and measuring.
 */
public final class Sweep {
    private final Definitions defs;
    private final List<Overlay> current;
    private final boolean strict;
    private final SweepSpec spec;
    private final CriteriaSet set;
    private final Indicator indicator;
    private final String part;
    private final Criterion criterion;
    private final List<Assessment> batch;
    private final List<AssessmentResult> base;
    private final int[] inSet;              // indexes of the batch in the swept set
    private final AssessmentResult[] companion;
    /** The provinces of the batch, each with its own region (an overlay names both). */
    private final Map<String, vn.ntm.core.catalog.Region> provinces = new java.util.LinkedHashMap<>();
    /**
     * Per commune of the set, the criterion's status for each status of the swept indicator, as the rules decided it. The
     * other indicators of the criterion do not change with the level, so once the rules have decided the criterion for
     * an indicator status they need not decide it again: at most one criterion re-run per commune over the whole sweep.
     */
    private final Map<IndicatorStatus, CriterionStatus>[] criterionFor;

    /** How one commune of the swept set stands at one level. */
    public record Outcome(IndicatorStatus indicator, CriterionStatus criterion, int achieved, boolean pollReady) { }

    private Sweep(Definitions defs, List<Overlay> current, boolean strict, SweepSpec spec, CriteriaSet set, Indicator indicator,
                  String part, List<Assessment> batch) {
        this.defs = defs;
        this.current = List.copyOf(current);
        this.strict = strict;
        this.spec = spec;
        this.set = set;
        this.indicator = indicator;
        this.part = part;
        this.criterion = set.criteria().stream().filter(c -> c.code().equals(indicator.criterion())).findFirst().orElseThrow();
        this.base = WhatIf.currentEvaluator(defs, current, strict).evaluateAll(batch);   // validates every assessment
        // commune values computed from villages, as the evaluator computes them, so that "no value" means the same here
        this.batch = batch.stream().map(a -> vn.ntm.core.engine.VillageRules.withComputed(a, defs)).toList();
        this.inSet = IntStream.range(0, this.batch.size()).filter(i -> this.batch.get(i).criteriaSet().equals(set.id())).toArray();
        Map<String, List<AssessmentResult>> byKey = new HashMap<>();
        for (AssessmentResult r : base) byKey.computeIfAbsent(r.commune().code() + "|" + r.criteriaSet(), k -> new ArrayList<>(1)).add(r);
        this.companion = new AssessmentResult[this.batch.size()];
        @SuppressWarnings("unchecked")
        Map<IndicatorStatus, CriterionStatus>[] seen = new Map[this.batch.size()];
        this.criterionFor = seen;
        for (int i : inSet) {
            Assessment a = this.batch.get(i);
            if (set.prerequisiteSet() != null) companion[i] = latestNotAfter(byKey.get(a.commune().code() + "|" + set.prerequisiteSet()), a);
            if (a.commune().province() != null) provinces.putIfAbsent(a.commune().province(), a.commune().region());
            AssessmentResult r = base.get(i);
            criterionFor[i] = new java.util.concurrent.ConcurrentHashMap<>();
            criterionFor[i].put(r.indicator(indicator.code()).status(), r.criterion(criterion.code()).status());
        }
    }

    /**
     * Evaluates the batch once under the current levels, ready to sweep.
     *
     * @param setId the criteria set of the swept indicator; may be null when only one set of the batch has it
     * @throws IllegalArgumentException for an unknown indicator or part, a level that cannot be set (Đạt), or an ambiguous set
     */
    public static Sweep prepare(Definitions defs, List<Overlay> current, boolean strict, SweepSpec spec, String setId,
                                List<Assessment> batch) {
        List<CriteriaSet> candidates = new ArrayList<>();
        if (setId != null) {
            CriteriaSet s = defs.set(setId);
            if (s == null) throw new IllegalArgumentException("unknown criteria set " + setId + ": one of " + defs.sets().keySet());
            candidates.add(s);
        } else {
            Set<String> used = new LinkedHashSet<>();
            batch.forEach(a -> used.add(a.criteriaSet()));
            for (String id : used) if (resolve(defs.set(id), spec.target()) != null) candidates.add(defs.set(id));
        }
        if (candidates.size() != 1) {
            throw new IllegalArgumentException("--sweep " + spec.target() + ": " + (candidates.isEmpty()
                    ? "no criteria set of the communes has this indicator"
                    : "several criteria sets have it " + candidates.stream().map(CriteriaSet::id).toList() + ": name one with --set"));
        }
        CriteriaSet set = candidates.get(0);
        String[] target = resolve(set, spec.target());
        if (target == null) throw new IllegalArgumentException("--sweep " + spec.target() + ": not an indicator (or indicator.part) of " + set.id());
        Indicator ind = set.indicator(target[0]);
        String part = target[1];
        Comparator cmp = part == null ? ind.comparator() : ind.part(part).comparator();
        if (cmp == Comparator.COMPOSITE) {
            throw new IllegalArgumentException("--sweep " + spec.target() + ": a composite indicator; sweep one of its parts "
                    + ind.parts().stream().map(p -> ind.code() + "." + p.name()).toList());
        }
        if (cmp == Comparator.BOOLEAN) throw new IllegalArgumentException("--sweep " + spec.target() + ": a Đạt/không đạt indicator has no level to sweep");
        return new Sweep(defs, current, strict, spec, set, ind, part, batch);
    }

    /** {indicator code, part or null}, or null when the set has no such indicator or part. */
    private static String[] resolve(CriteriaSet set, String target) {
        if (set.indicator(target) != null) return new String[] {target, null};
        int dot = target.lastIndexOf('.');
        if (dot <= 0) return null;
        Indicator ind = set.indicator(target.substring(0, dot));
        if (ind == null || !ind.isComposite()) return null;
        Part p = ind.part(target.substring(dot + 1));
        return p == null ? null : new String[] {ind.code(), p.name()};
    }

    public List<AssessmentResult> base() { return base; }

    /** The evaluator whose levels are the current ones with the swept level set to {@code level} for every commune. */
    public Evaluator evaluatorAt(BigDecimal level) {
        return WhatIf.proposalEvaluator(defs, current,
                LevelOverlays.of(defs, set.id(), indicator.code(), part, level, provinces), strict);
    }

    /** Outcomes at one level, re-deciding only the swept indicator's criterion; in batch order over the swept set. */
    public List<Outcome> partial(BigDecimal level) {
        Evaluator ev = evaluatorAt(level);
        Outcome[] out = new Outcome[inSet.length];
        IntStream.range(0, inSet.length).parallel().forEach(k -> {
            int i = inSet[k];
            Assessment a = batch.get(i);
            AssessmentResult r = base.get(i);
            if (a.notApplicable().contains(indicator.code()) || a.indicators().get(indicator.code()) == null) {
                out[k] = outcome(r);   // nothing for a level to decide
                return;
            }
            IndicatorStatus st = CriterionRerun.decideIndicator(ev, a, companion[i], indicator.code());
            CriterionStatus known = criterionFor[i].get(st);
            CriterionRerun.Decision d = known != null ? new CriterionRerun.Decision(st, known)
                    : CriterionRerun.decide(ev, a, companion[i], indicator.code());
            criterionFor[i].putIfAbsent(d.indicator(), d.criterion());
            out[k] = carryOver(r, d);
        });
        return List.of(out);
    }

    /** Outcomes at one level by evaluating every commune in full (the reference for {@link #partial}). */
    public List<Outcome> full(BigDecimal level) {
        List<AssessmentResult> all = evaluatorAt(level).evaluateAll(batch);
        List<Outcome> out = new ArrayList<>(inSet.length);
        for (int i : inSet) out.add(outcome(all.get(i)));
        return out;
    }

    private Outcome outcome(AssessmentResult r) {
        return new Outcome(r.indicator(indicator.code()).status(), r.criterion(criterion.code()).status(), r.achievedCount(),
                r.pollReadiness().ready());
    }

    /** The full result with the one re-decided criterion swapped in: its count and its poll blocker. */
    /** The companion the full evaluation used: the latest dated on or before the assessment (later in input order on a tie). */
    private static AssessmentResult latestNotAfter(List<AssessmentResult> candidates, Assessment a) {
        AssessmentResult best = null;
        if (candidates == null) return null;
        for (AssessmentResult r : candidates) {
            if (!r.assessedOn().isAfter(a.assessedOn()) && (best == null || !r.assessedOn().isBefore(best.assessedOn()))) best = r;
        }
        return best;
    }

    private Outcome carryOver(AssessmentResult r, CriterionRerun.Decision d) {
        CriterionStatus was = r.criterion(criterion.code()).status();
        int achieved = r.achievedCount() - (was == CriterionStatus.ACHIEVED ? 1 : 0) + (d.criterion() == CriterionStatus.ACHIEVED ? 1 : 0);
        boolean otherBlockers = false;
        for (Blocker b : r.pollReadiness().blockers()) {
            boolean thisCriterion = criterion.code().equals(b.ref())
                    && (b.kind() == BlockerKind.CRITERION_NOT_ACHIEVED || b.kind() == BlockerKind.CRITERION_INCOMPLETE);
            if (!thisCriterion) { otherBlockers = true; break; }
        }
        return new Outcome(d.indicator(), d.criterion(), achieved, !otherBlockers && d.criterion() == CriterionStatus.ACHIEVED);
    }

    /** The sweep over every level of the spec. */
    public WhatIfReport report(boolean partial) {
        List<Outcome> before = new ArrayList<>();
        for (int i : inSet) before.add(outcome(base.get(i)));
        WhatIfReport.Counts now = counts(before);
        List<WhatIfReport.Step> steps = new ArrayList<>();
        for (BigDecimal level : spec.levels()) {
            List<Outcome> at = partial ? partial(level) : full(level);
            List<WhatIfReport.Flip> flips = new ArrayList<>();
            for (int k = 0; k < inSet.length; k++) {
                if (before.get(k).criterion() != at.get(k).criterion()) {
                    var c = batch.get(inSet[k]).commune();
                    flips.add(new WhatIfReport.Flip(c.code(), c.name(), c.province(), before.get(k).criterion(), at.get(k).criterion(),
                            at.get(k).achieved()));
                }
            }
            WhatIfReport.Counts n = counts(at);
            steps.add(new WhatIfReport.Step(level, n.achieving(), n.complete(), n.pollReady(), flips));
            before = at;
        }
        String name = part == null ? indicator.nameVi() : indicator.nameVi() + " — " + indicator.part(part).nameVi();
        WhatIfReport.SweepReport s = new WhatIfReport.SweepReport(indicator.code(), part, name, set.id(), criterion.code(),
                criterion.nameVi(), inSet.length, batch.size() - inSet.length, partial ? "partial" : "full", now, steps);
        return new WhatIfReport(WhatIfReport.FORMAT, WhatIfReport.Kind.sweep, WhatIf.refs(current), List.of(), batch.size(),
                null, null, null, null, s);
    }

    private WhatIfReport.Counts counts(List<Outcome> os) {
        int achieving = 0, complete = 0, ready = 0;
        for (Outcome o : os) {
            if (o.criterion() == CriterionStatus.ACHIEVED) achieving++;
            if (o.achieved() == set.criteria().size()) complete++;
            if (o.pollReady()) ready++;
        }
        return new WhatIfReport.Counts(achieving, complete, ready);
    }
}
