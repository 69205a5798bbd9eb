package vn.ntm.core.workflow;

import java.time.LocalDate;
import java.util.List;
import vn.ntm.core.facts.CriterionStatus;
import vn.ntm.core.input.Appraisal;
import vn.ntm.core.input.AppraisalLevel;
import vn.ntm.core.input.AppraisalOutcome;

/** Reads an assessment's appraisal records: per target, the highest level that found it achieved, and when. */
public final class Appraisals {
    private Appraisals() { }

    /** The highest level and its date (the latest record at that level), or NONE with a null date. */
    public record State(AppraisalLevel level, LocalDate date) {
        public static final State NONE = new State(AppraisalLevel.NONE, null);
    }

    public static State state(List<Appraisal> records, String target) {
        AppraisalLevel best = AppraisalLevel.NONE;
        LocalDate date = null;
        for (Appraisal ap : records) {
            if (!target.equals(ap.target()) || ap.outcome() != AppraisalOutcome.ACHIEVED || ap.level() == null) continue;
            int cmp = ap.level().compareTo(best);
            if (cmp > 0 || (cmp == 0 && ap.date() != null && (date == null || ap.date().isAfter(date)))) {
                best = ap.level();
                date = ap.date();
            }
        }
        return best == AppraisalLevel.NONE ? State.NONE : new State(best, date);
    }

    /**
     * The group of a criterion. A province appraisal stands even if today's figures fall back (the letter asks to
     * "keep it up"); only the province's thẩm định counts as appraised, as in the letter.
     */
    public static AppraisalGroup group(CriterionStatus status, AppraisalLevel level) {
        if (level == AppraisalLevel.PROVINCE) return AppraisalGroup.APPRAISED;
        return status == CriterionStatus.ACHIEVED ? AppraisalGroup.ACHIEVED_NOT_APPRAISED : AppraisalGroup.TO_ACHIEVE;
    }
}
