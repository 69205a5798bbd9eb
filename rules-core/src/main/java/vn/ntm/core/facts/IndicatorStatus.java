package vn.ntm.core.facts;

/** Outcome of one indicator (contract: PASS, FAIL, NO_DATA, NOT_APPLICABLE). */
public enum IndicatorStatus { PASS, FAIL, NO_DATA, NOT_APPLICABLE }
