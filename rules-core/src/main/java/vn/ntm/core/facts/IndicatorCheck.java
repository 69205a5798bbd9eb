package vn.ntm.core.facts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.ntm.core.catalog.Certainty;
import vn.ntm.core.catalog.Comparator;
import vn.ntm.core.catalog.EvidenceRequirement;
import vn.ntm.core.catalog.Indicator;
import vn.ntm.core.catalog.LevelCertainty;
import vn.ntm.core.catalog.Part;
import vn.ntm.core.catalog.ThresholdEntry;

/**
 * One indicator of one commune as the rules see it: the reported value, the threshold in force for the
 * commune's region and date, whether the commune declared it not applicable, and the dossier documents it gave.
 *
 * <p>Each indicator rule names the law's direction ({@link #atLeast()}, {@link #atMost()}, {@link #met()},
 * {@link #allParts()}); the number comes from data. If the rule's reading and the catalog's comparator
 * disagree the evaluation fails loudly rather than judging with the wrong direction.
 *
 * <p>Every decided outcome carries its {@link Certainty}; in strict mode an outcome that is not certain becomes
 * NO_DATA ({@link NoDataReason#THRESHOLD_UNVERIFIED_STRICT}).
 */
public final class IndicatorCheck {
    private final Indicator indicator;
    private final boolean notApplicable;
    private final Object value;
    private final ResolvedThreshold threshold;
    private final JudgingMode mode;
    private final List<EvidenceRequirement> requiredEvidence;
    /** Codes of the dossier documents given for this indicator: a set on the check, not one fact per document. */
    private final Set<String> providedEvidence;

    public IndicatorCheck(Indicator indicator, boolean notApplicable, Object value, ResolvedThreshold threshold,
                          Set<String> providedEvidence) {
        this(indicator, notApplicable, value, threshold, JudgingMode.DEFAULT, indicator.evidence(), providedEvidence);
    }

    /** @param requiredEvidence the dossier in force for this commune (the province's, where its overlay has one) */
    public IndicatorCheck(Indicator indicator, boolean notApplicable, Object value, ResolvedThreshold threshold,
                          JudgingMode mode, List<EvidenceRequirement> requiredEvidence, Set<String> providedEvidence) {
        this.indicator = indicator;
        this.notApplicable = notApplicable;
        this.value = value;
        this.threshold = threshold;
        this.mode = mode;
        this.requiredEvidence = requiredEvidence;
        this.providedEvidence = providedEvidence;
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

    public List<EvidenceRequirement> getRequiredEvidence() { return requiredEvidence; }

    public Set<String> getProvidedEvidence() { return providedEvidence; }

    /** Whether the commune gave this dossier document for this indicator. */
    public boolean provides(String document) { return providedEvidence.contains(document); }

    /**
     * Whether any required document is absent: the evidence rule's pre-filter, so that the checks with a complete
     * dossier (most of them) never enter its {@code from}. The rule still names the missing documents.
     */
    public boolean isMissingSome() {
        for (EvidenceRequirement r : requiredEvidence) if (!providedEvidence.contains(r.code())) return true;
        return false;
    }

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
        return simple(new Judged(pass ? IndicatorStatus.PASS : IndicatorStatus.FAIL, null,
                LevelCertainty.ofBoolean(threshold.entry(), mode.acceptOverlay())));
    }

    /**
     * "Đạt" decided from the prerequisite fact rather than an input value (kiểu mẫu: the commune is already nâng cao).
     * Unknown prerequisite is missing data, never a fail.
     */
    public IndicatorOutcome metBy(PrerequisiteFact p) {
        expect(Comparator.BOOLEAN);
        if (!p.isKnown()) return IndicatorOutcome.noData(this, NoDataReason.PREREQUISITE_UNKNOWN);
        return simple(new Judged(p.isMet() ? IndicatorStatus.PASS : IndicatorStatus.FAIL, null,
                LevelCertainty.ofBoolean(threshold.entry(), mode.acceptOverlay())));
    }

    /**
     * Every part must pass its own level, in three-valued logic for values and levels alike: a part that fails
     * fails the indicator, whatever the other parts; otherwise a part without a value or a usable level leaves it
     * undecided.
     */
    public IndicatorOutcome allParts() {
        expect(Comparator.COMPOSITE);
        @SuppressWarnings("unchecked")
        Map<String, BigDecimal> values = (Map<String, BigDecimal>) value;
        List<PartOutcome> outs = new ArrayList<>();
        boolean failed = false;
        boolean certainFail = false;
        boolean allCertain = true;
        NoDataReason missing = null;
        for (Part p : indicator.parts()) {
            BigDecimal v = values.get(p.name());
            ThresholdEntry t = threshold.parts().get(p.name());
            NoDataReason problem = v == null ? NoDataReason.PART_MISSING : ResolvedThreshold.problem(t);
            Judged j = problem == null ? strictly(compare(p.comparator(), v, t)) : null;
            if (j != null && j.reason != null) problem = j.reason;
            if (problem != null) {
                if (missing == null || problem == NoDataReason.PART_MISSING) missing = problem;
                outs.add(new PartOutcome(p, v, t, IndicatorStatus.NO_DATA, null, null, problem));
                continue;
            }
            failed |= j.status == IndicatorStatus.FAIL;
            certainFail |= j.status == IndicatorStatus.FAIL && j.certainty == Certainty.CERTAIN;
            allCertain &= j.certainty == Certainty.CERTAIN;
            outs.add(new PartOutcome(p, v, t, j.status, j.gap, j.certainty, null));
        }
        if (failed) {
            return new IndicatorOutcome(this, IndicatorStatus.FAIL, null, null, outs,
                    certainFail ? Certainty.CERTAIN : Certainty.PROVISIONAL);
        }
        if (missing != null) return new IndicatorOutcome(this, IndicatorStatus.NO_DATA, null, missing, outs, null);
        return new IndicatorOutcome(this, IndicatorStatus.PASS, null, null, outs,
                allCertain ? Certainty.CERTAIN : Certainty.PROVISIONAL);
    }

    private void expect(Comparator ruleReading) {
        if (indicator.comparator() != ruleReading) {
            throw new IllegalStateException("rule for indicator " + indicator.code() + " reads it as " + ruleReading
                    + " but the catalog says " + indicator.comparator());
        }
    }

    private IndicatorOutcome simple(Judged judged) {
        Judged j = strictly(judged);
        if (j.reason != null) return IndicatorOutcome.noData(this, j.reason);
        return new IndicatorOutcome(this, j.status, j.gap, null, null, j.certainty);
    }

    /** In strict mode only a certain outcome stands. */
    private Judged strictly(Judged j) {
        if (mode.strict() && j.certainty != Certainty.CERTAIN) {
            return new Judged(IndicatorStatus.NO_DATA, null, null, NoDataReason.THRESHOLD_UNVERIFIED_STRICT);
        }
        return j;
    }

    private record Judged(IndicatorStatus status, BigDecimal gap, Certainty certainty, NoDataReason reason) {
        Judged(IndicatorStatus status, BigDecimal gap, Certainty certainty) { this(status, gap, certainty, null); }
    }

    private Judged compare(Comparator c, BigDecimal v, ThresholdEntry t) {
        BigDecimal limit = t.number();
        boolean pass = LevelCertainty.passes(c, v, limit);
        BigDecimal gap = pass ? BigDecimal.ZERO : v.subtract(limit).abs();
        return new Judged(pass ? IndicatorStatus.PASS : IndicatorStatus.FAIL, gap,
                LevelCertainty.of(t, c, v, pass, mode.acceptOverlay()));
    }

    @Override
    public String toString() { return "IndicatorCheck[" + indicator.code() + "=" + value + "]"; }
}
