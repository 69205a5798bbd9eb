package vn.ntm.core.result;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.List;

/** The result document ntm-result/1 for one commune. Same input, same bytes. */
@JsonPropertyOrder({"format", "commune", "criteriaSet", "criteriaSetName", "assessedOn", "achievedCount", "criteriaCount",
        "criteria", "missingEvidence", "pollReadiness", "recognition", "warnings", "strict", "unverifiedThresholdCount",
        "schedule", "extraEvidence", "stillNeeds", "villages"})
public record AssessmentResult(
        String format,
        CommuneInfo commune,
        String criteriaSet,
        String criteriaSetName,
        LocalDate assessedOn,
        int achievedCount,
        int criteriaCount,
        List<CriterionResult> criteria,
        List<EvidenceRef> missingEvidence,
        PollReadiness pollReadiness,
        Recognition recognition,
        List<Warning> warnings,
        boolean strict,
        int unverifiedThresholdCount,
        @JsonInclude(JsonInclude.Include.NON_NULL) Schedule schedule,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<EvidenceRef> extraEvidence,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<StillNeed> stillNeeds,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<VillageIndicator> villages) {

    public static final String FORMAT = "ntm-result/1";

    /** The contract's fields and the first extensions, without a schedule. */
    public AssessmentResult(String format, CommuneInfo commune, String criteriaSet, String criteriaSetName, LocalDate assessedOn,
                            int achievedCount, int criteriaCount, List<CriterionResult> criteria, List<EvidenceRef> missingEvidence,
                            PollReadiness pollReadiness, Recognition recognition, List<Warning> warnings, boolean strict,
                            int unverifiedThresholdCount) {
        this(format, commune, criteriaSet, criteriaSetName, assessedOn, achievedCount, criteriaCount, criteria, missingEvidence,
                pollReadiness, recognition, warnings, strict, unverifiedThresholdCount, null, List.of(), List.of(), List.of());
    }

    /** With a district plan's schedule; without extra documents, still-needs list or villages. */
    public AssessmentResult(String format, CommuneInfo commune, String criteriaSet, String criteriaSetName, LocalDate assessedOn,
                            int achievedCount, int criteriaCount, List<CriterionResult> criteria, List<EvidenceRef> missingEvidence,
                            PollReadiness pollReadiness, Recognition recognition, List<Warning> warnings, boolean strict,
                            int unverifiedThresholdCount, Schedule schedule) {
        this(format, commune, criteriaSet, criteriaSetName, assessedOn, achievedCount, criteriaCount, criteria, missingEvidence,
                pollReadiness, recognition, warnings, strict, unverifiedThresholdCount, schedule, List.of(), List.of(), List.of());
    }

    public AssessmentResult {
        extraEvidence = extraEvidence == null ? List.of() : List.copyOf(extraEvidence);
        stillNeeds = stillNeeds == null ? List.of() : List.copyOf(stillNeeds);
        villages = villages == null ? List.of() : List.copyOf(villages);
    }

    /**
     * A copy carrying the commune's extra documents.
     *
     * @param extra the commune's documents its dossier does not list (kept and reported, never dropped)
     */
    public AssessmentResult withExtraEvidence(List<EvidenceRef> extra) {
        return new AssessmentResult(format, commune, criteriaSet, criteriaSetName, assessedOn, achievedCount, criteriaCount,
                criteria, missingEvidence, pollReadiness, recognition, warnings, strict, unverifiedThresholdCount, schedule, extra,
                stillNeeds, villages);
    }

    /** A copy carrying the given list of what the commune still needs. */
    public AssessmentResult withStillNeeds(List<StillNeed> needs) {
        return new AssessmentResult(format, commune, criteriaSet, criteriaSetName, assessedOn, achievedCount, criteriaCount,
                criteria, missingEvidence, pollReadiness, recognition, warnings, strict, unverifiedThresholdCount, schedule,
                extraEvidence, needs, villages);
    }

    /** A copy carrying the given schedule. */
    public AssessmentResult withSchedule(Schedule s) {
        return new AssessmentResult(format, commune, criteriaSet, criteriaSetName, assessedOn, achievedCount, criteriaCount,
                criteria, missingEvidence, pollReadiness, recognition, warnings, strict, unverifiedThresholdCount, s,
                extraEvidence, stillNeeds, villages);
    }

    public CriterionResult criterion(String code) {
        return criteria.stream().filter(c -> c.code().equals(code)).findFirst().orElse(null);
    }

    public IndicatorResult indicator(String code) {
        for (CriterionResult c : criteria) {
            for (IndicatorResult i : c.indicators()) if (i.code().equals(code)) return i;
        }
        return null;
    }

    /** Codes of the achieved criteria, in catalog order. */
    @JsonIgnore
    public List<String> achievedCodes() {
        return criteria.stream().filter(c -> c.status() == vn.ntm.core.facts.CriterionStatus.ACHIEVED)
                .map(CriterionResult::code).toList();
    }
}
