package vn.ntm.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import vn.ntm.core.catalog.CriteriaSet;
import vn.ntm.core.catalog.Criterion;
import vn.ntm.core.catalog.EvidenceRequirement;
import vn.ntm.core.engine.Evaluator;
import vn.ntm.core.engine.RuleStandIn;
import vn.ntm.core.facts.AchievedCount;
import vn.ntm.core.facts.CriterionOutcome;
import vn.ntm.core.facts.CriterionStatus;
import vn.ntm.core.facts.IndicatorCheck;
import vn.ntm.core.facts.IndicatorOutcome;
import vn.ntm.core.facts.IndicatorStatus;
import vn.ntm.core.facts.MissingEvidence;
import vn.ntm.core.facts.NoDataReason;
import vn.ntm.core.facts.PollBlocker;
import vn.ntm.core.facts.PollReady;
import vn.ntm.core.facts.PrerequisiteFact;
import vn.ntm.core.input.Assessment;
import vn.ntm.core.json.NtmJson;
import vn.ntm.core.result.AssessmentResult;

/**
 * The same-result baseline: the whole {@link AssessmentResult}, every explanation included, with the rule session
 * replaced by hand-written Java that derives the facts the rules derive. Everything else (validation, thresholds,
 * result building) is the evaluator's own code, so the ratio to the engine is the cost of the rule engine alone.
 *
 * <p>Each step mirrors a rule: an indicator rule calls the check's method for the catalog's comparator (as the DRL
 * does), and the rest follows {@code common.drl}. Keep the two in step when the rules change; the bench and
 * {@code SameResultAgreementTest} compare whole results and say where they part.
 */
public final class SameResultBaseline implements RuleStandIn {
    private final Evaluator evaluator;
    /** Per set: the indicators some rule decides (an indicator with no rule ends NO_RULE). */
    private final Map<String, Set<String>> ruled = new HashMap<>();

    public SameResultBaseline(Evaluator evaluator) {
        this.evaluator = evaluator;
        for (String set : evaluator.definitions().sets().keySet()) {
            ruled.put(set, new HashSet<>(evaluator.definitions().indicatorRules(set).keySet()));
        }
    }

    public AssessmentResult evaluate(Assessment a) { return evaluator.evaluate(a, null, this); }

    /** Null when the two results are equal and write the same JSON bytes; otherwise where they first part. */
    public static String difference(AssessmentResult baseline, AssessmentResult engine) {
        String b = NtmJson.write(baseline);
        String e = NtmJson.write(engine);
        if (baseline.equals(engine) && b.equals(e)) return null;
        int i = 0;
        while (i < Math.min(b.length(), e.length()) && b.charAt(i) == e.charAt(i)) i++;
        if (i == b.length() && i == e.length()) return "results differ by equals but write the same JSON";
        return "whole results differ at JSON offset " + i + ": engine …" + excerpt(e, i) + "… baseline …" + excerpt(b, i) + "…";
    }

    private static String excerpt(String s, int at) { return s.substring(Math.max(0, at - 60), Math.min(s.length(), at + 60)); }

    @Override
    public void derive(CriteriaSet set, List<IndicatorCheck> checks, PrerequisiteFact prerequisite, Consumer<Object> derived) {
        Set<String> hasRule = ruled.get(set.id());
        Map<String, IndicatorStatus[]> byCriterion = new HashMap<>();
        List<PollBlocker> blockers = new ArrayList<>();
        for (IndicatorCheck c : checks) {
            IndicatorOutcome o = outcome(c, hasRule.contains(c.getCode()), prerequisite);
            derived.accept(o);
            worst(byCriterion, c.getCriterion(), o.getStatus());
            if (c.isNotApplicable() || !c.isMissingSome()) continue;
            // "Hồ sơ minh chứng còn thiếu": every required document not provided
            for (EvidenceRequirement r : c.getRequiredEvidence()) {
                if (!c.provides(r.code())) {
                    MissingEvidence m = new MissingEvidence(c.getCode(), r);
                    derived.accept(m);
                    blockers.add(PollBlocker.evidence(m));
                }
            }
        }
        int achieved = 0;
        for (Criterion cr : set.criteria()) {
            IndicatorStatus[] w = byCriterion.get(cr.code());
            CriterionStatus s = w != null && w[0] == IndicatorStatus.FAIL ? CriterionStatus.NOT_ACHIEVED
                    : w != null && w[0] == IndicatorStatus.NO_DATA ? CriterionStatus.INCOMPLETE : CriterionStatus.ACHIEVED;
            CriterionOutcome co = new CriterionOutcome(cr.code(), s);
            derived.accept(co);
            if (s == CriterionStatus.ACHIEVED) achieved++;
            else blockers.add(PollBlocker.criterion(co));
        }
        derived.accept(new AchievedCount(achieved));
        if (prerequisite != null && !prerequisite.isMet()) blockers.add(PollBlocker.prerequisite(prerequisite));
        blockers.forEach(derived);
        if (blockers.isEmpty()) derived.accept(new PollReady(true));
    }

    /** The indicator's own rule where it can decide, else the common rules' no-data reasons. */
    private static IndicatorOutcome outcome(IndicatorCheck c, boolean hasRule, PrerequisiteFact prerequisite) {
        if (c.isNotApplicable()) return IndicatorOutcome.notApplicable(c);
        if (hasRule && c.getIndicator().fromPrerequisite() && c.isThresholdUsable() && prerequisite != null) {
            return c.metBy(prerequisite);
        }
        if (!c.isHasValue()) return IndicatorOutcome.noData(c, NoDataReason.NO_VALUE);
        if (!c.isThresholdUsable()) return IndicatorOutcome.noData(c, c.getThresholdProblem());
        if (!hasRule) return IndicatorOutcome.noData(c, NoDataReason.NO_RULE);
        return switch (c.getIndicator().comparator()) {
            case AT_LEAST -> c.atLeast();
            case AT_MOST -> c.atMost();
            case BOOLEAN -> c.met();
            case COMPOSITE -> c.allParts();
        };
    }

    /** Per criterion the strongest reason not to achieve it: a fail, else missing data. */
    private static void worst(Map<String, IndicatorStatus[]> byCriterion, String criterion, IndicatorStatus s) {
        IndicatorStatus[] w = byCriterion.computeIfAbsent(criterion, k -> new IndicatorStatus[1]);
        if (s == IndicatorStatus.FAIL || (s == IndicatorStatus.NO_DATA && w[0] != IndicatorStatus.FAIL)) w[0] = s;
    }
}
