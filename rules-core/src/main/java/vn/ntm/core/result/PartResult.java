package vn.ntm.core.result;

import java.math.BigDecimal;
import vn.ntm.core.catalog.Comparator;
import vn.ntm.core.facts.IndicatorStatus;

/** One part of a composite indicator. */
public record PartResult(String name, String nameVi, IndicatorStatus status, BigDecimal value, Comparator comparator,
                         BigDecimal threshold, String unit, BigDecimal gap, boolean thresholdVerified,
                         String thresholdCitation) {
}
