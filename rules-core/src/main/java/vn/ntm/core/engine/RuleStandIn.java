package vn.ntm.core.engine;

import java.util.List;
import java.util.function.Consumer;
import vn.ntm.core.catalog.CriteriaSet;
import vn.ntm.core.facts.IndicatorCheck;
import vn.ntm.core.facts.PrerequisiteFact;
import vn.ntm.core.facts.RecognitionCase;

/**
 * What the rules do for one commune, done another way (the benchmark's plain-Java baseline): from the same input
 * facts the evaluator would give the rule session, derive the same facts the rules derive. Validation, threshold
 * resolution and result building stay the evaluator's own, so a comparison isolates the cost of the rule engine.
 */
@FunctionalInterface
public interface RuleStandIn {
    /**
     * @param prerequisite the prerequisite fact, or null for a set that builds on no other set
     * @param recognition  the recognition case the evaluator would insert (the facts given for recognition, the
     *                     criteria count and the dated parameters in force)
     * @param derived      takes every derived fact: indicator and criterion outcomes, missing evidence, poll
     *                     blockers, the achieved count, poll readiness and the recognition conditions
     */
    void derive(CriteriaSet set, List<IndicatorCheck> checks, PrerequisiteFact prerequisite, RecognitionCase recognition,
                Consumer<Object> derived);
}
