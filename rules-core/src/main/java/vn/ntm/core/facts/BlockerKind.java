package vn.ntm.core.facts;

/** Reasons a commune may not yet go to the resident satisfaction poll (or be recognised). */
public enum BlockerKind {
    CRITERION_NOT_ACHIEVED,
    CRITERION_INCOMPLETE,
    EVIDENCE_MISSING,
    PREREQUISITE_NOT_MET,
    CONSTRUCTION_DEBT,
    SATISFACTION_BELOW_REQUIRED,
    POLL_COVERAGE_BELOW_REQUIRED,
    POLL_NOT_HELD,
    SECURITY_ORDER_COMPLICATED,
    SECURITY_ORDER_STANDARD_NOT_MET,
    RECOGNITION_DATA_MISSING,
    CONDITION_NOT_MET
}
