package vn.ntm.core.catalog;

/** Whether a threshold value has been checked against the official text. */
public enum Verification {
    /** checked against the official text or a faithful quote of it */
    VERIFIED,
    /** a supportable stand-in (earlier set, a province's set, guidance): used, but every result says so */
    PROVISIONAL,
    /** no value could be supported: results rest on nothing and are NO_DATA */
    UNKNOWN
}
