package vn.ntm.core.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/** Vietnamese number and date formatting for reports (decimal comma, dd/MM/yyyy). */
public final class Format {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Format() { }

    public static String date(LocalDate d) { return d == null ? "" : DATE.format(d); }

    public static String number(BigDecimal b) {
        if (b == null) return "—";
        BigDecimal s = b.stripTrailingZeros();
        if (s.scale() < 0) s = s.setScale(0);
        return s.toPlainString().replace('.', ',');
    }

    /** A value as a reader wants it: numbers with the unit, booleans as Đạt / Không đạt. */
    public static String value(Object v, String unit) {
        if (v == null) return "—";
        if (v instanceof Boolean b) return b ? "Đạt" : "Không đạt";
        if (v instanceof BigDecimal n) return number(n) + " " + unit;
        if (v instanceof Map<?, ?> m) {
            StringBuilder sb = new StringBuilder();
            m.forEach((k, x) -> {
                if (sb.length() > 0) sb.append("; ");
                sb.append(k).append(" ").append(x instanceof BigDecimal n ? number(n) : String.valueOf(x));
            });
            return sb.toString();
        }
        return v.toString();
    }

    /** "02" for counts in the letters' style ("04 tiêu chí và 07 chỉ tiêu"). */
    public static String count2(int n) { return n < 10 ? "0" + n : Integer.toString(n); }
}
