package vn.ntm.core.catalog;

import java.math.BigDecimal;

/**
 * What a figure in a unit can be at all (not a legal threshold): a share lies in 0–100, a count is whole and not
 * negative, an income below a stated bound. The law data states each range with its basis; a value outside is an
 * input error naming the field.
 */
public record UnitRange(String unit, BigDecimal min, BigDecimal max, boolean whole, String basis) {

    /** Why {@code v} cannot be a figure in this unit (Vietnamese, English alongside), or null when it can. */
    public String problem(BigDecimal v, String shown) {
        if (whole && v.signum() != 0 && v.stripTrailingZeros().scale() > 0) {
            return "giá trị " + shown + " phải là số nguyên (value " + shown + " is not a whole number (" + unit + "))";
        }
        if (v.compareTo(min) < 0 || v.compareTo(max) > 0) {
            String range = min.toPlainString() + "–" + max.toPlainString();
            return "giá trị " + shown + " nằm ngoài khoảng " + range + " (value " + shown + " is outside " + range + " (" + unit + "))";
        }
        return null;
    }
}
