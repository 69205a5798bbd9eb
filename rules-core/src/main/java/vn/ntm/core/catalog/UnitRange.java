package vn.ntm.core.catalog;

import java.math.BigDecimal;

/**
 * What a figure in a unit can be at all (not a legal threshold): a share lies in 0–100, a count is whole and not
 * negative, an income below a stated bound. The law data states each range with its basis; a value outside is an
 * input error naming the field.
 */
public record UnitRange(String unit, BigDecimal min, BigDecimal max, boolean whole, String basis) {

    /** Why {@code v} cannot be a figure in this unit, or null when it can (English; the caller adds Vietnamese). */
    public String problem(BigDecimal v) {
        if (whole && v.signum() != 0 && v.stripTrailingZeros().scale() > 0) return "must be a whole number";
        if (v.compareTo(min) < 0 || v.compareTo(max) > 0) {
            return "must lie between " + min.toPlainString() + " and " + max.toPlainString();
        }
        return null;
    }
}
