package vn.ntm.core.facts;

/** Outcome of one criterion (contract: ACHIEVED, NOT_ACHIEVED, INCOMPLETE). */
public enum CriterionStatus { ACHIEVED, NOT_ACHIEVED, INCOMPLETE }
