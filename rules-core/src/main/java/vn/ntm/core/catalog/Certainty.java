package vn.ntm.core.catalog;

/** How sure a decided outcome (PASS or FAIL) is, given what is known of its level. */
public enum Certainty {
    /** the level is verified, or the value lies beyond a binding bound on the side that bound settles */
    CERTAIN,
    /** decided with a stand-in: the official level could turn it the other way */
    PROVISIONAL
}
