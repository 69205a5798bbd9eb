package vn.ntm.core.catalog;

/** How sure the reference is of an indicator's content (not of its threshold: see {@link Verification}). */
public enum Confidence { HIGH, MEDIUM, LOW }
