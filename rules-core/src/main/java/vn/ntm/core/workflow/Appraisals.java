package vn.ntm.core.workflow;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.ntm.core.input.Appraisal;
import vn.ntm.core.input.AppraisalLevel;
import vn.ntm.core.input.AppraisalOutcome;
import vn.ntm.core.result.AppraisalRefusal;

/**
 * Reads an assessment's appraisal records per target. At each level the latest record stands, so a later negative
 * appraisal overrides an earlier positive one at that level: the target stands appraised at the highest level whose
 * latest record is ACHIEVED, and the latest refusal at or above that level is shown beside it.
 */
public final class Appraisals {
    private Appraisals() { }

    /** The highest level and its date, and the latest refusal at or above it (null if none). */
    public record State(AppraisalLevel level, LocalDate date, AppraisalRefusal refusal) {
        public static final State NONE = new State(AppraisalLevel.NONE, null, null);
    }

    public static State state(List<Appraisal> records, String target) {
        Map<AppraisalLevel, Appraisal> latest = null;
        for (Appraisal ap : records) {
            if (!target.equals(ap.target()) || ap.level() == null || ap.outcome() == null) continue;
            if (latest == null) latest = new EnumMap<>(AppraisalLevel.class);
            Appraisal was = latest.get(ap.level());
            // a record without a date never overrides a dated one; on the same day, the later record wins
            if (was == null || (ap.date() != null && (was.date() == null || !ap.date().isBefore(was.date())))) {
                latest.put(ap.level(), ap);
            }
        }
        if (latest == null) return State.NONE;
        AppraisalLevel best = AppraisalLevel.NONE;
        LocalDate date = null;
        for (Map.Entry<AppraisalLevel, Appraisal> e : latest.entrySet()) {
            if (e.getValue().outcome() == AppraisalOutcome.ACHIEVED && e.getKey().compareTo(best) > 0) {
                best = e.getKey();
                date = e.getValue().date();
            }
        }
        AppraisalRefusal refusal = null;
        for (Map.Entry<AppraisalLevel, Appraisal> e : latest.entrySet()) {
            Appraisal ap = e.getValue();
            if (ap.outcome() == AppraisalOutcome.NOT_ACHIEVED && e.getKey().compareTo(best) >= 0
                    && (refusal == null || e.getKey().compareTo(refusal.level()) > 0)) {
                refusal = new AppraisalRefusal(e.getKey(), ap.date());
            }
        }
        return best == AppraisalLevel.NONE && refusal == null ? State.NONE : new State(best, date, refusal);
    }
}
