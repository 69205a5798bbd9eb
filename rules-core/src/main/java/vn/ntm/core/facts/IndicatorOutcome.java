package vn.ntm.core.facts;

import java.math.BigDecimal;
import java.util.List;
import vn.ntm.core.catalog.Certainty;

/** What a rule decided for one indicator. Inserted by the rules; read back by the evaluator. */
public final class IndicatorOutcome {
    private final IndicatorCheck check;
    private final IndicatorStatus status;
    private final BigDecimal gap;
    private final NoDataReason reason;
    private final List<PartOutcome> parts;
    private final Certainty certainty;

    IndicatorOutcome(IndicatorCheck check, IndicatorStatus status, BigDecimal gap, NoDataReason reason,
                     List<PartOutcome> parts, Certainty certainty) {
        this.check = check;
        this.status = status;
        this.gap = gap;
        this.reason = reason;
        this.parts = parts == null ? List.of() : List.copyOf(parts);
        this.certainty = certainty;
    }

    public static IndicatorOutcome notApplicable(IndicatorCheck check) {
        return new IndicatorOutcome(check, IndicatorStatus.NOT_APPLICABLE, null, null, null, null);
    }

    public static IndicatorOutcome noData(IndicatorCheck check, NoDataReason reason) {
        return new IndicatorOutcome(check, IndicatorStatus.NO_DATA, null, reason, null, null);
    }

    public IndicatorCheck getCheck() { return check; }

    public String getCode() { return check.getCode(); }

    public String getCriterion() { return check.getCriterion(); }

    public IndicatorStatus getStatus() { return status; }

    public BigDecimal getGap() { return gap; }

    public NoDataReason getReason() { return reason; }

    public List<PartOutcome> getParts() { return parts; }

    /** For PASS or FAIL, how sure it is; null otherwise. */
    public Certainty getCertainty() { return certainty; }

    @Override
    public String toString() { return check.getCode() + "=" + status + (reason == null ? "" : "(" + reason + ")"); }
}
