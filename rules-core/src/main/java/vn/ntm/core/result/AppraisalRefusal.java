package vn.ntm.core.result;

import java.time.LocalDate;
import vn.ntm.core.input.AppraisalLevel;

/** A later appraisal that found the target not achieved (it overrides an earlier achieved one at that level). */
public record AppraisalRefusal(AppraisalLevel level, LocalDate date) {
}
