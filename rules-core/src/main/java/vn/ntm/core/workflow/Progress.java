package vn.ntm.core.workflow;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.ntm.core.facts.CriterionStatus;
import vn.ntm.core.facts.IndicatorStatus;
import vn.ntm.core.input.AppraisalLevel;
import vn.ntm.core.result.AssessmentResult;
import vn.ntm.core.result.CriterionResult;
import vn.ntm.core.result.EvidenceRef;
import vn.ntm.core.result.IndicatorResult;

/**
 * What changed for one commune between two assessments (the weekly progress report): criteria and indicators
 * newly met or lost, dossier documents added, appraisals done.
 *
 * @param evidenceAdded    "indicator:document" of documents missing before and present now
 * @param evidenceNowMissing documents not missing before and missing now (e.g. an indicator newly in force)
 * @param appraisalsDone   "target: LEVEL" for each criterion or indicator whose appraisal level rose
 */
@JsonPropertyOrder({"commune", "from", "to", "achievedBefore", "achievedAfter", "criteriaGained", "criteriaLost",
        "indicatorsGained", "indicatorsLost", "evidenceAdded", "evidenceNowMissing", "appraisalsDone"})
public record Progress(String commune, LocalDate from, LocalDate to, int achievedBefore, int achievedAfter,
                       List<String> criteriaGained, List<String> criteriaLost, List<String> indicatorsGained,
                       List<String> indicatorsLost, List<String> evidenceAdded, List<String> evidenceNowMissing,
                       List<Appraised> appraisalsDone) {

    /** An appraisal newly recorded between the two dates. */
    @JsonPropertyOrder({"target", "level", "date"})
    public record Appraised(String target, AppraisalLevel level, LocalDate date) { }

    public boolean unchanged() {
        return criteriaGained.isEmpty() && criteriaLost.isEmpty() && indicatorsGained.isEmpty() && indicatorsLost.isEmpty()
                && evidenceAdded.isEmpty() && evidenceNowMissing.isEmpty() && appraisalsDone.isEmpty();
    }

    /**
     * Compares two results of the same commune and criteria set, in catalog order of the later one.
     *
     * @throws IllegalArgumentException when they are of different communes or sets, or {@code before} is not earlier
     */
    public static Progress between(AssessmentResult before, AssessmentResult after) {
        if (!before.commune().code().equals(after.commune().code()) || !before.criteriaSet().equals(after.criteriaSet())) {
            throw new IllegalArgumentException("cannot compare " + before.commune().code() + "/" + before.criteriaSet() + " with "
                    + after.commune().code() + "/" + after.criteriaSet() + ": same commune and criteria set expected");
        }
        if (!before.assessedOn().isBefore(after.assessedOn())) {
            throw new IllegalArgumentException(after.commune().code() + ": the previous assessment (" + before.assessedOn()
                    + ") must be earlier than the current one (" + after.assessedOn() + ")");
        }
        List<String> cGained = new ArrayList<>();
        List<String> cLost = new ArrayList<>();
        List<String> iGained = new ArrayList<>();
        List<String> iLost = new ArrayList<>();
        List<Appraised> appraised = new ArrayList<>();
        for (CriterionResult c : after.criteria()) {
            CriterionResult p = before.criterion(c.code());
            boolean was = p != null && p.status() == CriterionStatus.ACHIEVED;
            boolean is = c.status() == CriterionStatus.ACHIEVED;
            if (is && !was) cGained.add(c.code());
            if (was && !is) cLost.add(c.code());
            if (rose(p == null ? AppraisalLevel.NONE : p.appraisal(), c.appraisal())) {
                appraised.add(new Appraised(c.code(), c.appraisal(), c.appraisedOn()));
            }
            for (IndicatorResult i : c.indicators()) {
                IndicatorResult q = before.indicator(i.code());
                boolean passed = q != null && q.status() == IndicatorStatus.PASS;
                boolean passes = i.status() == IndicatorStatus.PASS;
                if (passes && !passed) iGained.add(i.code());
                if (passed && !passes) iLost.add(i.code());
                if (rose(q == null ? AppraisalLevel.NONE : q.appraisal(), i.appraisal())) {
                    appraised.add(new Appraised(i.code(), i.appraisal(), i.appraisedOn()));
                }
            }
        }
        Set<String> missingBefore = keys(before.missingEvidence());
        Set<String> missingAfter = keys(after.missingEvidence());
        List<String> added = missingBefore.stream().filter(k -> !missingAfter.contains(k)).toList();
        List<String> nowMissing = missingAfter.stream().filter(k -> !missingBefore.contains(k)).toList();
        return new Progress(after.commune().code(), before.assessedOn(), after.assessedOn(), before.achievedCount(),
                after.achievedCount(), cGained, cLost, iGained, iLost, added, nowMissing, appraised);
    }

    private static boolean rose(AppraisalLevel was, AppraisalLevel is) { return is.compareTo(was) > 0; }

    private static Set<String> keys(List<EvidenceRef> refs) {
        Set<String> out = new LinkedHashSet<>();
        for (EvidenceRef e : refs) out.add(e.indicator() + ":" + e.document());
        return out;
    }
}
