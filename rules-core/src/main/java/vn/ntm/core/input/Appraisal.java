package vn.ntm.core.input;

import java.time.LocalDate;

/** An appraisal record: target is a criterion number ("13") or an indicator code ("13.2"). */
public record Appraisal(String target, AppraisalLevel level, LocalDate date, AppraisalOutcome outcome) {
}
