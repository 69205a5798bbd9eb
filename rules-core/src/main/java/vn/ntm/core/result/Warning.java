package vn.ntm.core.result;

/** Something a reader should know that does not change the outcome (e.g. results resting on unverified thresholds). */
public record Warning(String kind, String message, String messageEn) {
    /** The catalog holds fewer indicators than the official set; the text report says so in its heading. */
    public static final String INDICATORS_NOT_ENCODED = "INDICATORS_NOT_ENCODED";
}
