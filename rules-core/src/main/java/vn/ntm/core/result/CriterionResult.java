package vn.ntm.core.result;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import vn.ntm.core.facts.CriterionStatus;
import vn.ntm.core.input.AppraisalLevel;

@JsonPropertyOrder({"code", "name", "nameEn", "status", "appraisal", "indicators"})
public record CriterionResult(String code, String name, String nameEn, CriterionStatus status, AppraisalLevel appraisal,
                              List<IndicatorResult> indicators) {
    /** "Số 3 – Thủy lợi và phòng, chống thiên tai", as the letters name criteria. */
    public String label() { return "Số " + code + " – " + name; }
}
