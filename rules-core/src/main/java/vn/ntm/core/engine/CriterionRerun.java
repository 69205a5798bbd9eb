package vn.ntm.core.engine;

import java.util.List;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.EntryPoint;
import vn.ntm.core.catalog.CriteriaSet;
import vn.ntm.core.catalog.Indicator;
import vn.ntm.core.facts.CriterionFact;
import vn.ntm.core.facts.CriterionStatus;
import vn.ntm.core.facts.IndicatorCheck;
import vn.ntm.core.facts.IndicatorOutcome;
import vn.ntm.core.facts.IndicatorStatus;
import vn.ntm.core.input.Assessment;
import vn.ntm.core.result.AssessmentResult;

/**
 * Decides one indicator and its criterion again, under another evaluator's levels, by running the same rules on only
 * that criterion's facts (its indicator checks, which carry the provided evidence, and its anchor). A level sweep changes one level:
 * the other criteria cannot change, so re-running all of them is wasted work. The decision and the criterion's status
 * come from the rules themselves, never from a second implementation of them.
 */
public final class CriterionRerun {
    private CriterionRerun() { }

    /** What the rules decided for the indicator and its criterion. */
    public record Decision(IndicatorStatus indicator, CriterionStatus criterion) { }

    /**
     * The indicator alone: its check (with its provided evidence), no criterion anchor. Cheaper than {@link #decide} when
     * the criterion's status for each indicator status is already known (the other indicators do not change).
     */
    public static IndicatorStatus decideIndicator(Evaluator evaluator, Assessment given, AssessmentResult companion, String indicatorCode) {
        Assessment a = VillageRules.withComputed(given, evaluator.definitions());
        CriteriaSet set = evaluator.definitions().set(a.criteriaSet());
        KieSession session = evaluator.newSession(set.id());
        try {
            EntryPoint facts = session.getEntryPoint("DEFAULT");
            for (IndicatorCheck c : evaluator.checks(a, set, i -> i.code().equals(indicatorCode))) facts.insert(c);
            if (set.prerequisiteSet() != null) facts.insert(Companions.prerequisite(set, a, Companions.summaryFor(set, a, companion)));
            session.fireAllRules();
            Collected collected = new Collected();
            for (Object o : session.getObjects()) collected.add(o);
            List<IndicatorOutcome> outs = collected.indicators.getOrDefault(indicatorCode, List.of());
            if (outs.size() != 1) throw new IllegalStateException(set.id() + ": partial re-run of " + indicatorCode + " gave " + outs);
            return outs.get(0).getStatus();
        } finally {
            session.dispose();
        }
    }

    /**
     * @param evaluator  the evaluator whose levels apply (e.g. with a proposal overlay)
     * @param a          an assessment already validated (e.g. evaluated once in full)
     * @param companion  the commune's result under the set this one builds on, or null (as for {@link Evaluator#evaluate(Assessment, AssessmentResult)})
     * @param indicatorCode the indicator to decide again
     */
    public static Decision decide(Evaluator evaluator, Assessment given, AssessmentResult companion, String indicatorCode) {
        Assessment a = VillageRules.withComputed(given, evaluator.definitions());
        CriteriaSet set = evaluator.definitions().set(a.criteriaSet());
        Indicator target = set.indicator(indicatorCode);
        if (target == null) throw new IllegalArgumentException("unknown indicator " + indicatorCode + " in " + set.id());
        String criterion = target.criterion();
        KieSession session = evaluator.newSession(set.id());
        try {
            EntryPoint facts = session.getEntryPoint("DEFAULT");
            for (IndicatorCheck c : evaluator.checks(a, set, i -> i.criterion().equals(criterion))) facts.insert(c);
            for (CriterionFact c : evaluator.criterionFacts(set.id())) {
                if (c.getCode().equals(criterion)) facts.insert(c);
            }
            if (set.prerequisiteSet() != null) facts.insert(Companions.prerequisite(set, a, Companions.summaryFor(set, a, companion)));
            session.fireAllRules();
            Collected collected = new Collected();
            for (Object o : session.getObjects()) collected.add(o);
            List<IndicatorOutcome> outs = collected.indicators.getOrDefault(indicatorCode, List.of());
            if (outs.size() != 1 || collected.criteria.get(criterion) == null) {
                throw new IllegalStateException(set.id() + ": partial re-run of " + indicatorCode + " gave " + outs
                        + " and criterion " + collected.criteria.get(criterion));
            }
            return new Decision(outs.get(0).getStatus(), collected.criteria.get(criterion).getStatus());
        } finally {
            session.dispose();
        }
    }
}
