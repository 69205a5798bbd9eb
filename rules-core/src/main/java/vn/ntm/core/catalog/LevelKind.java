package vn.ntm.core.catalog;

/**
 * What a level's number is, under the law module's level policy (rules-definitions, {@code ntm/POLICY.md}).
 * The engine only applies it: a kind and its bounds decide how sure an outcome is, never which way it goes.
 */
public enum LevelKind {
    /** read in the official text: every outcome on it is certain */
    VERIFIED,
    /** another text's value used as a stand-in (an earlier set, a province's decision, a secondary quote) */
    SOURCED,
    /** a sourced lower bound on the official level: the number is the floor, the official level is at least it */
    FLOOR,
    /** a sourced upper bound on the official level: the number is the ceiling, the official level is at most it */
    CEILING,
    /** both bounds, and a sourced stand-in between them */
    BRACKET,
    /** no supportable number: outcomes are NO_DATA */
    UNKNOWN;

    /** The verification status the kind amounts to (the contract's {@code thresholdVerified}). */
    public Verification verification() {
        return this == VERIFIED ? Verification.VERIFIED : this == UNKNOWN ? Verification.UNKNOWN : Verification.PROVISIONAL;
    }
}
