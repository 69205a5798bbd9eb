package vn.ntm.core.facts;

import java.math.BigDecimal;
import vn.ntm.core.catalog.Part;
import vn.ntm.core.catalog.ThresholdEntry;

/** The outcome of one part of a composite indicator. */
public record PartOutcome(Part part, BigDecimal value, ThresholdEntry threshold, IndicatorStatus status,
                          BigDecimal gap) {
}
