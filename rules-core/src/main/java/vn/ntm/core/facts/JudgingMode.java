package vn.ntm.core.facts;

/**
 * How outcomes are judged. Default: every usable level decides and each outcome says how sure it is. Strict: only
 * CERTAIN outcomes stand, the rest become NO_DATA; overlay levels count as certain only when {@code acceptOverlay}.
 */
public record JudgingMode(boolean strict, boolean acceptOverlay) {
    public static final JudgingMode DEFAULT = new JudgingMode(false, false);
}
