package vn.ntm.core.facts;

/** A criterion's derived status. */
public final class CriterionOutcome {
    private final String code;
    private final CriterionStatus status;

    public CriterionOutcome(String code, CriterionStatus status) {
        this.code = code;
        this.status = status;
    }

    public String getCode() { return code; }

    public CriterionStatus getStatus() { return status; }
}
