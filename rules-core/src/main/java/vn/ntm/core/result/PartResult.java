package vn.ntm.core.result;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import vn.ntm.core.catalog.Certainty;
import vn.ntm.core.catalog.Comparator;
import vn.ntm.core.facts.IndicatorStatus;
import vn.ntm.core.facts.NoDataReason;

/**
 * One part of a composite indicator.
 *
 * @param certainty for PASS or FAIL, how sure it is
 * @param reason    for NO_DATA, why
 */
public record PartResult(String name, String nameVi, IndicatorStatus status, BigDecimal value, Comparator comparator,
                         BigDecimal threshold, String unit, BigDecimal gap, boolean thresholdVerified,
                         String thresholdCitation,
                         @JsonInclude(JsonInclude.Include.NON_NULL) Certainty certainty,
                         @JsonInclude(JsonInclude.Include.NON_NULL) NoDataReason reason) {

    public PartResult(String name, String nameVi, IndicatorStatus status, BigDecimal value, Comparator comparator,
                      BigDecimal threshold, String unit, BigDecimal gap, boolean thresholdVerified, String thresholdCitation) {
        this(name, nameVi, status, value, comparator, threshold, unit, gap, thresholdVerified, thresholdCitation, null, null);
    }
}
