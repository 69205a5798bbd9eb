package vn.ntm.core.facts;

import java.math.BigDecimal;
import vn.ntm.core.catalog.Certainty;
import vn.ntm.core.catalog.Part;
import vn.ntm.core.catalog.ThresholdEntry;

/**
 * The outcome of one part of a composite indicator.
 *
 * @param certainty for PASS or FAIL, how sure it is; null otherwise
 * @param reason    for NO_DATA, why
 */
public record PartOutcome(Part part, BigDecimal value, ThresholdEntry threshold, IndicatorStatus status,
                          BigDecimal gap, Certainty certainty, NoDataReason reason) {
}
