package vn.ntm.core.facts;

import vn.ntm.core.catalog.Criterion;

/** A criterion of the set being assessed: the anchor for deriving its status. */
public final class CriterionFact {
    private final Criterion criterion;

    public CriterionFact(Criterion criterion) { this.criterion = criterion; }

    public String getCode() { return criterion.code(); }

    public Criterion getCriterion() { return criterion; }
}
