package vn.ntm.core.input;

import java.math.BigDecimal;

/**
 * Bounds on any number an assessment may carry, checked before any arithmetic (a BigDecimal such as 1e999999999 is
 * eleven characters of input but a billion digits when printed or subtracted).
 */
public final class Numbers {
    /** Largest magnitude accepted before a unit's own range is checked. */
    public static final int MAX_INTEGER_DIGITS = 15;
    /** Most decimals accepted: no official figure has more. */
    public static final int MAX_DECIMALS = 12;

    private Numbers() { }

    /** Why the number is beyond any figure (English and Vietnamese), or null. Cheap for any BigDecimal. */
    public static String problem(BigDecimal n) {
        if (n.signum() == 0) return null;
        // precision - scale = digits before the point; both are ints, nothing is expanded
        long integerDigits = (long) n.precision() - n.scale();
        if (integerDigits > MAX_INTEGER_DIGITS) return "số ngoài phạm vi hợp lý (number out of any plausible range)";
        BigDecimal stripped = n.stripTrailingZeros();
        if (stripped.scale() > MAX_DECIMALS) {
            return "số có quá nhiều chữ số thập phân (more than " + MAX_DECIMALS + " decimals)";
        }
        return null;
    }

    /** The number as a message may quote it: at most 24 characters. */
    public static String show(BigDecimal n) {
        long integerDigits = (long) n.precision() - n.scale();
        String s = integerDigits <= MAX_INTEGER_DIGITS + 5 && n.scale() <= MAX_DECIMALS + 5 ? n.toPlainString() : n.toString();
        return s.length() <= 24 ? s : s.substring(0, 23) + "…";
    }
}
