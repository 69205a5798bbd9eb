package vn.ntm.core.input;

public enum AppraisalOutcome { ACHIEVED, NOT_ACHIEVED }
