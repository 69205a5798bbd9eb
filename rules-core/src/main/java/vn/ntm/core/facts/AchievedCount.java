package vn.ntm.core.facts;

/** How many criteria of the set are achieved. */
public record AchievedCount(int achieved) {
}
