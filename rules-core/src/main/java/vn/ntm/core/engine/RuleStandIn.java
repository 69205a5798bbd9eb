package vn.ntm.core.engine;

import java.util.List;
import java.util.function.Consumer;
import vn.ntm.core.catalog.CriteriaSet;
import vn.ntm.core.facts.IndicatorCheck;
import vn.ntm.core.facts.PrerequisiteFact;

/**
 * What the rules do for one commune, done another way (the benchmark's plain-Java baseline): from the same input
 * facts the evaluator would give the rule session, derive the same facts the rules derive. Validation, threshold
 * resolution and result building stay the evaluator's own, so a comparison isolates the cost of the rule engine.
 */
@FunctionalInterface
public interface RuleStandIn {
    /**
     * @param prerequisite the prerequisite fact, or null for a set that builds on no other set
     * @param derived      takes every derived fact: indicator and criterion outcomes, missing evidence, poll
     *                     blockers, the achieved count and poll readiness
     */
    void derive(CriteriaSet set, List<IndicatorCheck> checks, PrerequisiteFact prerequisite, Consumer<Object> derived);
}
