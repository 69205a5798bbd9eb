package vn.ntm.core.result;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import vn.ntm.core.catalog.Certainty;
import vn.ntm.core.catalog.Comparator;
import vn.ntm.core.catalog.LevelKind;
import vn.ntm.core.catalog.Provenance;
import vn.ntm.core.facts.IndicatorStatus;
import vn.ntm.core.facts.NoDataReason;
import vn.ntm.core.input.AppraisalLevel;

/**
 * One indicator's result (contract fields first, then extensions).
 *
 * @param threshold       the number held against (a number, true for "Đạt", or per part for composites)
 * @param thresholdSource NATIONAL, or the provincial overlay whose value was used
 * @param thresholdCitation decision, appendix and indicator of the value used
 * @param thresholdBasis  for a provisional value, where the stand-in comes from
 * @param reason          why NO_DATA
 * @param confidence      how sure the reference is of the indicator's content (HIGH, MEDIUM, LOW)
 * @param rule            the name of the rule that decided it
 * @param appraisedOn     the date of the appraisal shown in {@code appraisal}, when there is one
 * @param certainty       for PASS or FAIL: CERTAIN, or PROVISIONAL when decided with a stand-in level
 * @param thresholdKind   what the level's number is (VERIFIED, SOURCED, FLOOR, CEILING, BRACKET, UNKNOWN), for a
 *                        simple indicator
 * @param thresholdFloor  a lower bound on the official level, when one is known
 * @param thresholdCeiling an upper bound on the official level, when one is known
 * @param thresholdProvenance for an overlay's level: PROVINCIAL or NATIONAL_READ
 */
@JsonPropertyOrder({"code", "name", "nameEn", "status", "value", "comparator", "threshold", "unit", "gap", "legalRef",
        "thresholdVerified", "appraisal", "missingEvidence"})
public record IndicatorResult(
        String code,
        String name,
        String nameEn,
        IndicatorStatus status,
        Object value,
        Comparator comparator,
        Object threshold,
        String unit,
        BigDecimal gap,
        String legalRef,
        boolean thresholdVerified,
        AppraisalLevel appraisal,
        List<EvidenceRef> missingEvidence,
        @JsonInclude(JsonInclude.Include.NON_NULL) String thresholdSource,
        @JsonInclude(JsonInclude.Include.NON_NULL) String thresholdCitation,
        @JsonInclude(JsonInclude.Include.NON_NULL) String thresholdBasis,
        @JsonInclude(JsonInclude.Include.NON_NULL) NoDataReason reason,
        String confidence,
        @JsonInclude(JsonInclude.Include.NON_NULL) String doubt,
        @JsonInclude(JsonInclude.Include.NON_NULL) String rule,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<PartResult> parts,
        @JsonInclude(JsonInclude.Include.NON_NULL) LocalDate appraisedOn,
        @JsonInclude(JsonInclude.Include.NON_NULL) Certainty certainty,
        @JsonInclude(JsonInclude.Include.NON_NULL) LevelKind thresholdKind,
        @JsonInclude(JsonInclude.Include.NON_NULL) BigDecimal thresholdFloor,
        @JsonInclude(JsonInclude.Include.NON_NULL) BigDecimal thresholdCeiling,
        @JsonInclude(JsonInclude.Include.NON_NULL) Provenance thresholdProvenance) {

    /** Without certainty and level kind (extension fields). */
    public IndicatorResult(String code, String name, String nameEn, IndicatorStatus status, Object value, Comparator comparator,
                           Object threshold, String unit, BigDecimal gap, String legalRef, boolean thresholdVerified,
                           AppraisalLevel appraisal, List<EvidenceRef> missingEvidence, String thresholdSource,
                           String thresholdCitation, String thresholdBasis, NoDataReason reason, String confidence,
                           String doubt, String rule, List<PartResult> parts, LocalDate appraisedOn) {
        this(code, name, nameEn, status, value, comparator, threshold, unit, gap, legalRef, thresholdVerified, appraisal,
                missingEvidence, thresholdSource, thresholdCitation, thresholdBasis, reason, confidence, doubt, rule, parts,
                appraisedOn, null, null, null, null, null);
    }

    /** Without the appraisal date (an extension field). */
    public IndicatorResult(String code, String name, String nameEn, IndicatorStatus status, Object value, Comparator comparator,
                           Object threshold, String unit, BigDecimal gap, String legalRef, boolean thresholdVerified,
                           AppraisalLevel appraisal, List<EvidenceRef> missingEvidence, String thresholdSource,
                           String thresholdCitation, String thresholdBasis, NoDataReason reason, String confidence,
                           String doubt, String rule, List<PartResult> parts) {
        this(code, name, nameEn, status, value, comparator, threshold, unit, gap, legalRef, thresholdVerified, appraisal,
                missingEvidence, thresholdSource, thresholdCitation, thresholdBasis, reason, confidence, doubt, rule, parts, null);
    }
}
