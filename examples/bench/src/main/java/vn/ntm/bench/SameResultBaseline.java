package vn.ntm.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import vn.ntm.core.catalog.CriteriaSet;
import vn.ntm.core.catalog.Criterion;
import vn.ntm.core.catalog.EvidenceRequirement;
import vn.ntm.core.catalog.Verification;
import vn.ntm.core.engine.Evaluator;
import vn.ntm.core.engine.Parameters;
import vn.ntm.core.engine.RuleStandIn;
import vn.ntm.core.facts.AchievedCount;
import vn.ntm.core.facts.BlockerKind;
import vn.ntm.core.facts.CriterionOutcome;
import vn.ntm.core.facts.CriterionStatus;
import vn.ntm.core.facts.IndicatorCheck;
import vn.ntm.core.facts.IndicatorOutcome;
import vn.ntm.core.facts.IndicatorStatus;
import vn.ntm.core.facts.MissingEvidence;
import vn.ntm.core.facts.NoDataReason;
import vn.ntm.core.facts.PollBlocker;
import vn.ntm.core.facts.PollReady;
import vn.ntm.core.facts.PrerequisiteFact;
import vn.ntm.core.facts.RecognitionCase;
import vn.ntm.core.facts.RecognitionCondition;
import vn.ntm.core.input.Assessment;
import vn.ntm.core.input.SatisfactionPoll;
import vn.ntm.core.json.NtmJson;
import vn.ntm.core.result.AssessmentResult;

/**
 * The same-result baseline: the whole {@link AssessmentResult}, every explanation included, with the rule session
 * replaced by hand-written Java that derives the facts the rules derive. Everything else (validation, thresholds,
 * result building) is the evaluator's own code, so the ratio to the engine is the cost of the rule engine alone.
 *
 * <p>Each step mirrors a rule: an indicator rule calls the check's method for the catalog's comparator (as the DRL
 * does), the rest follows {@code common.drl}, and the recognition conditions follow {@code cong-nhan-18-2022.drl}
 * (same orders, same messages, through the {@link RecognitionCondition} factories). The rule files are the law: this
 * Java copies them for the benchmark only and decides nothing for anyone. Keep the two in step when the rules change;
 * the bench and {@code SameResultAgreementTest} compare whole results and say where they part.
 */
public final class SameResultBaseline implements RuleStandIn {
    private final Evaluator evaluator;
    /** Per set: the indicators some rule decides (an indicator with no rule ends NO_RULE). */
    private final Map<String, Set<String>> ruled = new HashMap<>();

    public SameResultBaseline(Evaluator evaluator) {
        this.evaluator = evaluator;
        for (String set : evaluator.definitions().sets().keySet()) {
            ruled.put(set, new HashSet<>(evaluator.definitions().indicatorRules(set).keySet()));
        }
    }

    public AssessmentResult evaluate(Assessment a) { return evaluator.evaluate(a, null, this); }

    /** Null when the two results are equal and write the same JSON bytes; otherwise where they first part. */
    public static String difference(AssessmentResult baseline, AssessmentResult engine) {
        String b = NtmJson.write(baseline);
        String e = NtmJson.write(engine);
        if (baseline.equals(engine) && b.equals(e)) return null;
        int i = 0;
        while (i < Math.min(b.length(), e.length()) && b.charAt(i) == e.charAt(i)) i++;
        if (i == b.length() && i == e.length()) return "results differ by equals but write the same JSON";
        return "whole results differ at JSON offset " + i + ": engine …" + excerpt(e, i) + "… baseline …" + excerpt(b, i) + "…";
    }

    private static String excerpt(String s, int at) { return s.substring(Math.max(0, at - 60), Math.min(s.length(), at + 60)); }

    @Override
    public void derive(CriteriaSet set, List<IndicatorCheck> checks, PrerequisiteFact prerequisite, RecognitionCase recognition,
                       Consumer<Object> derived) {
        Set<String> hasRule = ruled.get(set.id());
        Map<String, IndicatorStatus[]> byCriterion = new HashMap<>();
        List<PollBlocker> blockers = new ArrayList<>();
        for (IndicatorCheck c : checks) {
            IndicatorOutcome o = outcome(c, hasRule.contains(c.getCode()), prerequisite);
            derived.accept(o);
            worst(byCriterion, c.getCriterion(), o.getStatus());
            if (c.isNotApplicable() || !c.isMissingSome()) continue;
            // "Hồ sơ minh chứng còn thiếu": every required document not provided
            for (EvidenceRequirement r : c.getRequiredEvidence()) {
                if (!c.provides(r.code())) {
                    MissingEvidence m = new MissingEvidence(c.getCode(), r);
                    derived.accept(m);
                    blockers.add(PollBlocker.evidence(m));
                }
            }
        }
        int achieved = 0;
        int failed = 0;
        for (Criterion cr : set.criteria()) {
            IndicatorStatus[] w = byCriterion.get(cr.code());
            CriterionStatus s = w != null && w[0] == IndicatorStatus.FAIL ? CriterionStatus.NOT_ACHIEVED
                    : w != null && w[0] == IndicatorStatus.NO_DATA ? CriterionStatus.INCOMPLETE : CriterionStatus.ACHIEVED;
            CriterionOutcome co = new CriterionOutcome(cr.code(), s);
            derived.accept(co);
            if (s == CriterionStatus.ACHIEVED) achieved++;
            else blockers.add(PollBlocker.criterion(co));
            if (s == CriterionStatus.NOT_ACHIEVED) failed++;
        }
        derived.accept(new AchievedCount(achieved));
        if (prerequisite != null && !prerequisite.isMet()) blockers.add(PollBlocker.prerequisite(prerequisite));
        blockers.forEach(derived);
        if (blockers.isEmpty()) derived.accept(new PollReady(true));
        recognise(recognition, achieved, failed, prerequisite, derived);
    }

    /** The conditions of 18/2022/QĐ-TTg Điều 4 khoản 1, rule by rule as {@code cong-nhan-18-2022.drl} states them. */
    private static void recognise(RecognitionCase r, int achieved, int failed, PrerequisiteFact prerequisite, Consumer<Object> derived) {
        if (!r.isGiven()) {
            derived.accept(RecognitionCondition.notGiven(20, "18/2022:4.1", BlockerKind.RECOGNITION_DATA_MISSING, "recognition",
                    "Chưa có thông tin xét công nhận (nợ đọng XDCB, kết quả lấy ý kiến sự hài lòng, tình hình an ninh trật tự)",
                    "No recognition facts given (construction debt, satisfaction poll, security and order)"));
        }
        criteriaMet(r, achieved, failed, derived);
        if (prerequisite != null && !prerequisite.isMet()) derived.accept(RecognitionCondition.prerequisite(15, "18/2022:4.1.a", prerequisite));
        if (!r.isGiven()) return;
        constructionDebt(r, derived);
        satisfaction(r, derived);
        securityOrder(r, derived);
    }

    /** Điều kiện 1: the criteria set fully met; a criterion short only of data leaves it unknown. */
    private static void criteriaMet(RecognitionCase r, int n, int failed, Consumer<Object> derived) {
        String ref = "18/2022:4.1.a";
        if (n == r.getCriteriaCount()) {
            derived.accept(RecognitionCondition.met(10, ref, null));
            return;
        }
        String vi = "Chưa đáp ứng đầy đủ mức đạt chuẩn của bộ tiêu chí: đạt " + n + "/" + r.getCriteriaCount() + " tiêu chí";
        String en = "The criteria set is not fully met: " + n + "/" + r.getCriteriaCount() + " criteria achieved";
        derived.accept(failed > 0
                ? RecognitionCondition.notMet(10, ref, BlockerKind.CONDITION_NOT_MET, ref, vi, en, null)
                : RecognitionCondition.unknown(10, ref, BlockerKind.CONDITION_NOT_MET, ref, vi, en));
    }

    /** Điều kiện 2: no outstanding construction debt. */
    private static void constructionDebt(RecognitionCase r, Consumer<Object> derived) {
        Boolean debt = r.getOutstandingConstructionDebt();
        String ref = "18/2022:4.1.b";
        if (debt == null) {
            derived.accept(RecognitionCondition.unknown(30, ref, BlockerKind.RECOGNITION_DATA_MISSING, "recognition.outstandingConstructionDebt",
                    "Chưa có thông tin về nợ đọng xây dựng cơ bản", "Construction-debt status is unknown"));
        } else if (debt) {
            derived.accept(RecognitionCondition.notMet(30, ref, BlockerKind.CONSTRUCTION_DEBT, ref,
                    "Còn nợ đọng xây dựng cơ bản thuộc Chương trình MTQG xây dựng nông thôn mới",
                    "Outstanding basic-construction debt under the NTM programme", null));
        } else {
            derived.accept(RecognitionCondition.met(30, ref, null));
        }
    }

    /** Điều kiện 3: poll coverage and satisfaction at the dated required rates, compared exactly. */
    private static void satisfaction(RecognitionCase r, Consumer<Object> derived) {
        SatisfactionPoll poll = r.getPoll();
        String ref = "18/2022:4.1.c";
        if (poll == null) {
            derived.accept(RecognitionCondition.unknown(40, ref, BlockerKind.POLL_NOT_HELD, ref,
                    "Chưa tổ chức lấy ý kiến sự hài lòng của người dân", "The resident satisfaction poll has not been held"));
            return;
        }
        Parameters.Entry rate = r.parameter("recognition.satisfaction.minRate");
        Parameters.Entry coverage = r.parameter("recognition.poll.minCoverage");
        if (rate == null || coverage == null) {
            derived.accept(RecognitionCondition.unknown(40, ref, BlockerKind.RECOGNITION_DATA_MISSING, "parameters",
                    "Chưa có mức tỷ lệ hài lòng / tỷ lệ hộ được lấy ý kiến áp dụng cho bộ tiêu chí tại ngày đánh giá",
                    "No required satisfaction rate or poll coverage in force for this set and date"));
            return;
        }
        List<Parameters.Entry> used = List.of(rate, coverage);
        boolean met = true;
        if (RecognitionCase.below(poll.respondents(), poll.households(), coverage.value())) {
            met = false;
            String pct = RecognitionCase.percent(poll.respondents(), poll.households());
            derived.accept(RecognitionCondition.notMet(40, ref, BlockerKind.POLL_COVERAGE_BELOW_REQUIRED, "poll.coverage",
                    "Tỷ lệ hộ được lấy ý kiến " + pct + "% thấp hơn mức " + coverage.value().toPlainString() + "%" + provisional(coverage),
                    "Poll coverage " + pct + "% is below the required " + coverage.value().toPlainString() + "%", used));
        }
        if (RecognitionCase.below(poll.satisfied(), poll.respondents(), rate.value())) {
            met = false;
            String pct = RecognitionCase.percent(poll.satisfied(), poll.respondents());
            derived.accept(RecognitionCondition.notMet(41, ref, BlockerKind.SATISFACTION_BELOW_REQUIRED, ref,
                    "Tỷ lệ hài lòng " + pct + "% thấp hơn mức " + rate.value().toPlainString() + "%" + provisional(rate),
                    "Satisfaction " + pct + "% is below the required " + rate.value().toPlainString() + "%", used));
        }
        if (met) derived.accept(RecognitionCondition.met(40, ref, used));
    }

    private static String provisional(Parameters.Entry e) {
        return e.verification() == Verification.VERIFIED ? "" : " (mức tạm tính, chưa xác minh)";
    }

    /** Điều kiện 4 as amended by 03/2024/QĐ-TTg: the security and order standard. */
    private static void securityOrder(RecognitionCase r, Consumer<Object> derived) {
        Boolean safe = r.getSecurityOrderSafe();
        Boolean complicated = r.getSecurityOrderComplicated();
        String ref = "18/2022:4.1.d";
        if (Boolean.FALSE.equals(safe)) {
            derived.accept(RecognitionCondition.notMet(50, ref, BlockerKind.SECURITY_ORDER_STANDARD_NOT_MET, ref,
                    "Xã chưa đạt tiêu chuẩn \"An toàn về an ninh, trật tự\" (03/2024/QĐ-TTg)",
                    "The commune does not meet the security and order standard (03/2024/QĐ-TTg)", null));
        } else if (Boolean.TRUE.equals(complicated)) {
            derived.accept(RecognitionCondition.notMet(50, ref, BlockerKind.SECURITY_ORDER_COMPLICATED, ref,
                    "Xã thuộc diện phức tạp về an ninh, trật tự: chưa đạt tiêu chuẩn \"An toàn về an ninh, trật tự\"",
                    "The commune is classed as complicated in security and order: it does not meet the security and order standard", null));
        } else if (safe == null && complicated == null) {
            derived.accept(RecognitionCondition.unknown(50, ref, BlockerKind.RECOGNITION_DATA_MISSING, "recognition.securityOrderSafe",
                    "Chưa có đánh giá xã đạt tiêu chuẩn \"An toàn về an ninh, trật tự\"", "Security and order status is unknown"));
        } else {
            derived.accept(RecognitionCondition.met(50, ref, null));
        }
    }

    /** The indicator's own rule where it can decide, else the common rules' no-data reasons. */
    private static IndicatorOutcome outcome(IndicatorCheck c, boolean hasRule, PrerequisiteFact prerequisite) {
        if (c.isNotApplicable()) return IndicatorOutcome.notApplicable(c);
        if (hasRule && c.getIndicator().fromPrerequisite() && c.isThresholdUsable() && prerequisite != null) {
            return c.metBy(prerequisite);
        }
        if (!c.isHasValue()) return IndicatorOutcome.noData(c, NoDataReason.NO_VALUE);
        if (!c.isThresholdUsable()) return IndicatorOutcome.noData(c, c.getThresholdProblem());
        if (!hasRule) return IndicatorOutcome.noData(c, NoDataReason.NO_RULE);
        return switch (c.getIndicator().comparator()) {
            case AT_LEAST -> c.atLeast();
            case AT_MOST -> c.atMost();
            case BOOLEAN -> c.met();
            case COMPOSITE -> c.allParts();
        };
    }

    /** Per criterion the strongest reason not to achieve it: a fail, else missing data. */
    private static void worst(Map<String, IndicatorStatus[]> byCriterion, String criterion, IndicatorStatus s) {
        IndicatorStatus[] w = byCriterion.computeIfAbsent(criterion, k -> new IndicatorStatus[1]);
        if (s == IndicatorStatus.FAIL || (s == IndicatorStatus.NO_DATA && w[0] != IndicatorStatus.FAIL)) w[0] = s;
    }
}
