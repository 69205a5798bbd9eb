package vn.ntm.core.catalog;

import java.math.BigDecimal;

/**
 * How sure an outcome is, from what is known of its level: mechanism only; which bounds bind is the law module's data.
 *
 * <p>CERTAIN when the level is verified, or when the value lies beyond a binding bound on the side that bound
 * settles: for a higher-is-better level, below a binding floor is a certain FAIL and at or above a binding ceiling a
 * certain PASS; for a lower-is-better level, above a binding ceiling is a certain FAIL and at or below a binding floor
 * a certain PASS. An overlay's level is certain only when the caller accepts overlays; otherwise its outcome is
 * certain only where the national level beneath settles the same outcome on its own.
 */
public final class LevelCertainty {
    private LevelCertainty() { }

    public static Certainty of(ThresholdEntry t, Comparator c, BigDecimal v, boolean pass, boolean acceptOverlay) {
        if (t.provenance() != null) {
            if (acceptOverlay) return Certainty.CERTAIN;
            ThresholdEntry n = t.beneath();
            if (n == null || n.kind() == LevelKind.UNKNOWN || v == null || n.number() == null) return Certainty.PROVISIONAL;
            boolean nationalPass = passes(c, v, n.number());
            return nationalPass == pass ? national(n, c, v, pass) : Certainty.PROVISIONAL;
        }
        return national(t, c, v, pass);
    }

    /** Whether a "Đạt" level settles outcomes: only a verified requirement does. */
    public static Certainty ofBoolean(ThresholdEntry t, boolean acceptOverlay) {
        if (t.provenance() != null) return acceptOverlay ? Certainty.CERTAIN : Certainty.PROVISIONAL;
        return t.kind() == LevelKind.VERIFIED ? Certainty.CERTAIN : Certainty.PROVISIONAL;
    }

    private static Certainty national(ThresholdEntry t, Comparator c, BigDecimal v, boolean pass) {
        if (t.kind() == LevelKind.VERIFIED) return Certainty.CERTAIN;
        if (v == null) return Certainty.PROVISIONAL;
        Bound lo = t.floor();
        Bound hi = t.ceiling();
        if (c == Comparator.AT_LEAST) {
            if (!pass && lo != null && lo.binding() && v.compareTo(lo.value()) < 0) return Certainty.CERTAIN;
            if (pass && hi != null && hi.binding() && v.compareTo(hi.value()) >= 0) return Certainty.CERTAIN;
        } else if (c == Comparator.AT_MOST) {
            if (!pass && hi != null && hi.binding() && v.compareTo(hi.value()) > 0) return Certainty.CERTAIN;
            if (pass && lo != null && lo.binding() && v.compareTo(lo.value()) <= 0) return Certainty.CERTAIN;
        }
        return Certainty.PROVISIONAL;
    }

    public static boolean passes(Comparator c, BigDecimal v, BigDecimal limit) {
        int cmp = v.compareTo(limit);
        return c == Comparator.AT_LEAST ? cmp >= 0 : cmp <= 0;
    }
}
