package vn.ntm.core.workflow;

import java.util.List;
import vn.ntm.core.facts.CriterionStatus;
import vn.ntm.core.input.AppraisalLevel;

/**
 * How a district sorts criteria into follow-up groups: law/policy data from the definitions (e.g. the Hữu Lũng
 * letter), not engine code. The first rule that matches a criterion's status and appraisal decides its group.
 *
 * @param source the document the policy comes from
 */
public record FollowUpPolicy(String source, List<Rule> rules) {

    /**
     * @param appraisedAtLeast the criterion must stand appraised (achieved) at this level or higher; null: any
     * @param status           the criterion's status must be one of these; null: any
     * @param basis            the words of the source this rule follows
     */
    public record Rule(AppraisalGroup group, AppraisalLevel appraisedAtLeast, List<CriterionStatus> status, String basis) {
        boolean matches(CriterionStatus s, AppraisalLevel level) {
            return (appraisedAtLeast == null || (level != null && level.compareTo(appraisedAtLeast) >= 0))
                    && (status == null || status.contains(s));
        }
    }

    /** The group of a criterion with this status and appraisal, or null when no rule matches. */
    public AppraisalGroup group(CriterionStatus status, AppraisalLevel appraisal) {
        for (Rule r : rules) if (r.matches(status, appraisal)) return r.group();
        return null;
    }
}
