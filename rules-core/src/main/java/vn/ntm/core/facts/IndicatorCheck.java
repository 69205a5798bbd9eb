package vn.ntm.core.facts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.ntm.core.catalog.Comparator;
import vn.ntm.core.catalog.EvidenceRequirement;
import vn.ntm.core.catalog.Indicator;
import vn.ntm.core.catalog.Part;
import vn.ntm.core.catalog.ThresholdEntry;

/**
 * One indicator of one commune as the rules see it: the reported value, the threshold in force for the
 * commune's region and date, and whether the commune declared it not applicable.
 *
 * <p>Each indicator rule names the law's direction ({@link #atLeast()}, {@link #atMost()}, {@link #met()},
 * {@link #allParts()}); the number comes from data. If the rule's reading and the catalog's comparator
 * disagree the evaluation fails loudly rather than judging with the wrong direction.
 */
public final class IndicatorCheck {
    private final Indicator indicator;
    private final boolean notApplicable;
    private final Object value;
    private final ResolvedThreshold threshold;

    public IndicatorCheck(Indicator indicator, boolean notApplicable, Object value, ResolvedThreshold threshold) {
        this.indicator = indicator;
        this.notApplicable = notApplicable;
        this.value = value;
        this.threshold = threshold;
    }

    public String getCode() { return indicator.code(); }

    public String getCriterion() { return indicator.criterion(); }

    public Indicator getIndicator() { return indicator; }

    public boolean isNotApplicable() { return notApplicable; }

    public Object getValue() { return value; }

    public boolean isHasValue() { return value != null; }

    public ResolvedThreshold getThreshold() { return threshold; }

    public boolean isThresholdUsable() { return threshold != null && threshold.usable(); }

    public NoDataReason getThresholdProblem() {
        return threshold == null ? NoDataReason.NO_THRESHOLD_IN_FORCE : threshold.unusable();
    }

    /** Applicable, has a value and a usable threshold: an indicator rule can decide it. */
    public boolean isDecidable() { return !notApplicable && value != null && isThresholdUsable(); }

    public List<EvidenceRequirement> getRequiredEvidence() { return indicator.evidence(); }

    /** Higher is better: the value must reach the threshold. */
    public IndicatorOutcome atLeast() {
        expect(Comparator.AT_LEAST);
        return simple(compare(Comparator.AT_LEAST, (BigDecimal) value, threshold.entry()));
    }

    /** Lower is better: the value must not exceed the threshold. */
    public IndicatorOutcome atMost() {
        expect(Comparator.AT_MOST);
        return simple(compare(Comparator.AT_MOST, (BigDecimal) value, threshold.entry()));
    }

    /** "Đạt": the commune reports the requirement as met. */
    public IndicatorOutcome met() {
        expect(Comparator.BOOLEAN);
        boolean pass = Boolean.TRUE.equals(value);
        return new IndicatorOutcome(this, pass ? IndicatorStatus.PASS : IndicatorStatus.FAIL, null, null, null);
    }

    /**
     * "Đạt" decided from the prerequisite fact rather than an input value (kiểu mẫu: the commune is already nâng cao).
     * Unknown prerequisite is missing data, never a fail.
     */
    public IndicatorOutcome metBy(PrerequisiteFact p) {
        expect(Comparator.BOOLEAN);
        if (!p.isKnown()) return IndicatorOutcome.noData(this, NoDataReason.PREREQUISITE_UNKNOWN);
        return new IndicatorOutcome(this, p.isMet() ? IndicatorStatus.PASS : IndicatorStatus.FAIL, null, null, null);
    }

    /** Every part must pass its own threshold; a failing part fails the indicator, a missing one leaves it undecided. */
    public IndicatorOutcome allParts() {
        expect(Comparator.COMPOSITE);
        @SuppressWarnings("unchecked")
        Map<String, BigDecimal> values = (Map<String, BigDecimal>) value;
        List<PartOutcome> outs = new ArrayList<>();
        boolean failed = false;
        boolean missing = false;
        for (Part p : indicator.parts()) {
            BigDecimal v = values.get(p.name());
            ThresholdEntry t = threshold.parts().get(p.name());
            if (v == null) {
                missing = true;
                outs.add(new PartOutcome(p, null, t, IndicatorStatus.NO_DATA, null));
                continue;
            }
            Judged j = compare(p.comparator(), v, t);
            failed |= j.status == IndicatorStatus.FAIL;
            outs.add(new PartOutcome(p, v, t, j.status, j.gap));
        }
        IndicatorStatus status = failed ? IndicatorStatus.FAIL : missing ? IndicatorStatus.NO_DATA : IndicatorStatus.PASS;
        return new IndicatorOutcome(this, status, null, status == IndicatorStatus.NO_DATA ? NoDataReason.PART_MISSING : null, outs);
    }

    private void expect(Comparator ruleReading) {
        if (indicator.comparator() != ruleReading) {
            throw new IllegalStateException("rule for indicator " + indicator.code() + " reads it as " + ruleReading
                    + " but the catalog says " + indicator.comparator());
        }
    }

    private IndicatorOutcome simple(Judged j) {
        return new IndicatorOutcome(this, j.status, j.gap, null, null);
    }

    private record Judged(IndicatorStatus status, BigDecimal gap) { }

    private static Judged compare(Comparator c, BigDecimal v, ThresholdEntry t) {
        BigDecimal limit = t.number();
        int cmp = v.compareTo(limit);
        boolean pass = c == Comparator.AT_LEAST ? cmp >= 0 : cmp <= 0;
        BigDecimal gap = pass ? BigDecimal.ZERO : v.subtract(limit).abs();
        return new Judged(pass ? IndicatorStatus.PASS : IndicatorStatus.FAIL, gap);
    }

    @Override
    public String toString() { return "IndicatorCheck[" + indicator.code() + "=" + value + "]"; }
}
