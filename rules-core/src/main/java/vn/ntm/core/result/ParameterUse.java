package vn.ntm.core.result;

import java.math.BigDecimal;

/** A legal parameter used in a result, with its citation and whether it is verified. */
public record ParameterUse(String name, BigDecimal value, boolean verified, String citation, String basis) {
}
