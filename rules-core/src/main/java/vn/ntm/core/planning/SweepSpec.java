package vn.ntm.core.planning;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A level sweep, {@code INDICATOR[.part]=FROM..TO:STEP} (e.g. {@code 17.8=70..90:1} or {@code 17.1.centralized=10..40:5}):
 * the levels FROM, FROM+STEP, … up to TO inclusive.
 *
 * @param target indicator code, or indicator code and part as written (resolved against the catalog by {@link Sweep})
 */
public record SweepSpec(String target, BigDecimal from, BigDecimal to, BigDecimal step) {
    private static final Pattern SYNTAX = Pattern.compile("\\s*([^=\\s]+)\\s*=\\s*(-?[0-9.]+)\\s*\\.\\.\\s*(-?[0-9.]+)\\s*:\\s*([0-9.]+)\\s*");
    /** More levels than anyone reads; a typo in STEP should fail, not run for an hour. */
    public static final int MAX_LEVELS = 1000;

    public SweepSpec {
        if (step.signum() <= 0) throw new IllegalArgumentException("sweep " + target + ": STEP must be positive, got " + step);
        if (to.compareTo(from) < 0) throw new IllegalArgumentException("sweep " + target + ": TO (" + to + ") is below FROM (" + from + ")");
        if (to.subtract(from).divide(step, java.math.RoundingMode.FLOOR).compareTo(BigDecimal.valueOf(MAX_LEVELS)) >= 0) {
            throw new IllegalArgumentException("sweep " + target + ": more than " + MAX_LEVELS + " levels");
        }
    }

    /** Parses {@code INDICATOR[.part]=FROM..TO:STEP}; a message naming the expected form otherwise. */
    public static SweepSpec parse(String text) {
        Matcher m = SYNTAX.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("--sweep '" + text + "': expected INDICATOR[.part]=FROM..TO:STEP, e.g. 17.8=70..90:1"
                    + " (mức thử: chỉ tiêu=từ..đến:bước)");
        }
        try {
            return new SweepSpec(m.group(1), new BigDecimal(m.group(2)), new BigDecimal(m.group(3)), new BigDecimal(m.group(4)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--sweep '" + text + "': FROM, TO and STEP must be numbers");
        }
    }

    /** FROM, FROM+STEP, … ≤ TO. */
    public List<BigDecimal> levels() {
        List<BigDecimal> out = new ArrayList<>();
        for (BigDecimal v = from; v.compareTo(to) <= 0; v = v.add(step)) out.add(v);
        return out;
    }
}
