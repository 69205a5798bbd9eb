package vn.ntm.core.result;

/** Something a reader should know that does not change the outcome (e.g. results resting on unverified thresholds). */
public record Warning(String kind, String message, String messageEn) {
}
