package vn.ntm.core.result;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.List;
import vn.ntm.core.catalog.Certainty;
import vn.ntm.core.facts.CriterionStatus;
import vn.ntm.core.facts.IndicatorStatus;
import vn.ntm.core.input.AppraisalLevel;
import vn.ntm.core.workflow.AppraisalGroup;

/**
 * One criterion's result (contract fields first, then extensions).
 *
 * @param group       the district follow-up group (appraised / achieved not appraised / to achieve)
 * @param appraisedOn the date of the appraisal shown in {@code appraisal}, when there is one
 * @param refusal     a later appraisal that found the criterion not achieved, when there is one
 */
@JsonPropertyOrder({"code", "name", "nameEn", "status", "appraisal", "indicators", "group", "appraisedOn", "refusal", "certainty"})
public record CriterionResult(String code, String name, String nameEn, CriterionStatus status, AppraisalLevel appraisal,
                              List<IndicatorResult> indicators, @JsonInclude(JsonInclude.Include.NON_NULL) AppraisalGroup group,
                              @JsonInclude(JsonInclude.Include.NON_NULL) LocalDate appraisedOn,
                              @JsonInclude(JsonInclude.Include.NON_NULL) AppraisalRefusal refusal) {

    /** The contract's fields only (no follow-up group: that is the definitions' policy). */
    public CriterionResult(String code, String name, String nameEn, CriterionStatus status, AppraisalLevel appraisal,
                           List<IndicatorResult> indicators) {
        this(code, name, nameEn, status, appraisal, indicators, null, null, null);
    }

    public CriterionResult(String code, String name, String nameEn, CriterionStatus status, AppraisalLevel appraisal,
                           List<IndicatorResult> indicators, AppraisalGroup group, LocalDate appraisedOn) {
        this(code, name, nameEn, status, appraisal, indicators, group, appraisedOn, null);
    }

    /**
     * How sure the criterion's status is: an achieved criterion is certain when every indicator that passed is
     * certain, a criterion not achieved when one indicator certainly fails; an incomplete one has no certainty.
     */
    @JsonProperty("certainty")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public Certainty certainty() {
        if (status == CriterionStatus.ACHIEVED) {
            for (IndicatorResult i : indicators) {
                if (i.status() == IndicatorStatus.PASS && i.certainty() != Certainty.CERTAIN) return Certainty.PROVISIONAL;
            }
            return Certainty.CERTAIN;
        }
        if (status == CriterionStatus.NOT_ACHIEVED) {
            for (IndicatorResult i : indicators) {
                if (i.status() == IndicatorStatus.FAIL && i.certainty() == Certainty.CERTAIN) return Certainty.CERTAIN;
            }
            return Certainty.PROVISIONAL;
        }
        return null;
    }

    /** "Số 3 – Thủy lợi và phòng, chống thiên tai", as the letters name criteria. */
    public String label() { return "Số " + code + " – " + name; }
}
