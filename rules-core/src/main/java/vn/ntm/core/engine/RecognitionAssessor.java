package vn.ntm.core.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import vn.ntm.core.catalog.Verification;
import vn.ntm.core.facts.BlockerKind;
import vn.ntm.core.input.Assessment;
import vn.ntm.core.input.RecognitionInput;
import vn.ntm.core.input.SatisfactionPoll;
import vn.ntm.core.result.AssessmentResult;
import vn.ntm.core.result.Blocker;
import vn.ntm.core.result.ParameterUse;
import vn.ntm.core.result.Recognition;

/**
 * Recognition under 18/2022/QĐ-TTg Điều 4: (1) the set fully met, (2) no outstanding basic-construction debt,
 * (3) resident satisfaction at or above the required rate, (4) security and order not "complicated".
 * An unknown fact makes the outcome undecidable unless another condition already fails; without any recognition
 * facts the outcome is not yet decidable (contract ntm-result/1). The numbers come from {@link Parameters}, dated
 * and cited. The conditions stay in Java rather than DRL: they read the finished result (19/19) after the rule
 * session, and adding facts to the session would touch {@link Evaluator}'s hot path for four comparisons.
 */
public final class RecognitionAssessor {
    static final String MIN_RATE = "recognition.satisfaction.minRate";
    static final String MIN_COVERAGE = "recognition.poll.minCoverage";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private RecognitionAssessor() { }

    static Recognition assess(AssessmentResult r, Assessment a, Parameters params) {
        return assess(r, a.recognition(), params);
    }

    /**
     * Recognition of an evaluated result given the facts beyond the criteria (null: none given), e.g. to re-check a
     * stored result once the poll is held.
     */
    public static Recognition assess(AssessmentResult r, RecognitionInput in, Parameters params) {
        List<Blocker> blockers = new ArrayList<>();
        List<ParameterUse> used = new ArrayList<>();
        boolean failed = false;
        boolean unknown = false;

        if (r.achievedCount() < r.criteriaCount()) {
            boolean incomplete = r.criteria().stream().anyMatch(c -> c.status() == vn.ntm.core.facts.CriterionStatus.INCOMPLETE);
            boolean notAchieved = r.criteria().stream().anyMatch(c -> c.status() == vn.ntm.core.facts.CriterionStatus.NOT_ACHIEVED);
            failed |= notAchieved;
            unknown |= incomplete && !notAchieved;
            blockers.add(new Blocker(BlockerKind.CONDITION_NOT_MET, "18/2022:4.1.a",
                    "Chưa đáp ứng đầy đủ mức đạt chuẩn của bộ tiêu chí: đạt " + r.achievedCount() + "/" + r.criteriaCount() + " tiêu chí",
                    "The criteria set is not fully met: " + r.achievedCount() + "/" + r.criteriaCount() + " criteria achieved"));
        }
        // a set that builds on another (nâng cao, kiểu mẫu) is recognised only on top of it (18/2022 Điều 4; 319/QĐ-TTg)
        for (Blocker b : r.pollReadiness().blockers()) {
            if (b.kind() == BlockerKind.PREREQUISITE_NOT_MET) {
                blockers.add(b);
                if (Messages.unknownPrerequisite(b)) unknown = true; else failed = true;
            }
        }
        if (in == null) {
            blockers.add(new Blocker(BlockerKind.RECOGNITION_DATA_MISSING, "recognition",
                    "Chưa có thông tin xét công nhận (nợ đọng XDCB, kết quả lấy ý kiến sự hài lòng, tình hình an ninh trật tự)",
                    "No recognition facts given (construction debt, satisfaction poll, security and order)"));
            return new Recognition(false, false, blockers, used);
        }
        if (in.outstandingConstructionDebt() == null) {
            unknown = true;
            blockers.add(new Blocker(BlockerKind.RECOGNITION_DATA_MISSING, "recognition.outstandingConstructionDebt",
                    "Chưa có thông tin về nợ đọng xây dựng cơ bản", "Construction-debt status is unknown"));
        } else if (in.outstandingConstructionDebt()) {
            failed = true;
            blockers.add(new Blocker(BlockerKind.CONSTRUCTION_DEBT, "18/2022:4.1.b",
                    "Còn nợ đọng xây dựng cơ bản thuộc Chương trình MTQG xây dựng nông thôn mới",
                    "Outstanding basic-construction debt under the NTM programme"));
        }
        SatisfactionPoll poll = in.satisfactionPoll();
        if (poll == null) {
            unknown = true;
            blockers.add(new Blocker(BlockerKind.POLL_NOT_HELD, "18/2022:4.1.c",
                    "Chưa tổ chức lấy ý kiến sự hài lòng của người dân", "The resident satisfaction poll has not been held"));
        } else {
            Parameters.Entry rate = params.find(MIN_RATE, r.criteriaSet(), r.assessedOn());
            Parameters.Entry coverage = params.find(MIN_COVERAGE, r.criteriaSet(), r.assessedOn());
            if (rate == null || coverage == null) {
                unknown = true;
                blockers.add(new Blocker(BlockerKind.RECOGNITION_DATA_MISSING, "parameters",
                        "Chưa có mức tỷ lệ hài lòng / tỷ lệ hộ được lấy ý kiến áp dụng cho bộ tiêu chí tại ngày đánh giá",
                        "No required satisfaction rate or poll coverage in force for this set and date"));
            } else {
                used.add(use(rate));
                used.add(use(coverage));
                BigDecimal cov = percent(poll.respondents(), poll.households());
                BigDecimal sat = percent(poll.satisfied(), poll.respondents());
                // compared exactly (part × 100 against rate × whole): the rounded display must never decide a boundary case
                if (below(poll.respondents(), poll.households(), coverage.value())) {
                    failed = true;
                    blockers.add(new Blocker(BlockerKind.POLL_COVERAGE_BELOW_REQUIRED, "poll.coverage",
                            "Tỷ lệ hộ được lấy ý kiến " + cov.toPlainString() + "% thấp hơn mức " + coverage.value().toPlainString() + "%"
                                    + (coverage.verification() == Verification.VERIFIED ? "" : " (mức tạm tính, chưa xác minh)"),
                            "Poll coverage " + cov.toPlainString() + "% is below the required " + coverage.value().toPlainString() + "%"));
                }
                if (below(poll.satisfied(), poll.respondents(), rate.value())) {
                    failed = true;
                    blockers.add(new Blocker(BlockerKind.SATISFACTION_BELOW_REQUIRED, "18/2022:4.1.c",
                            "Tỷ lệ hài lòng " + sat.toPlainString() + "% thấp hơn mức " + rate.value().toPlainString() + "%"
                                    + (rate.verification() == Verification.VERIFIED ? "" : " (mức tạm tính, chưa xác minh)"),
                            "Satisfaction " + sat.toPlainString() + "% is below the required " + rate.value().toPlainString() + "%"));
                }
            }
        }
        if (in.securityOrderComplicated() == null) {
            unknown = true;
            blockers.add(new Blocker(BlockerKind.RECOGNITION_DATA_MISSING, "recognition.securityOrderComplicated",
                    "Chưa có đánh giá về tình hình an ninh, trật tự", "Security and order status is unknown"));
        } else if (in.securityOrderComplicated()) {
            failed = true;
            blockers.add(new Blocker(BlockerKind.SECURITY_ORDER_COMPLICATED, "18/2022:4.1.d",
                    "Xã thuộc diện phức tạp về an ninh, trật tự", "The commune is classed as complicated in security and order"));
        }
        boolean decidable = failed || !unknown;
        boolean eligible = decidable && !failed && blockers.isEmpty();
        return new Recognition(eligible, decidable, blockers, used);
    }

    private static ParameterUse use(Parameters.Entry e) {
        return new ParameterUse(e.name(), e.value(), e.verification() == Verification.VERIFIED, e.citation(), e.basis());
    }

    /** Whether part/whole is below the required percent; an empty whole (nobody asked) is below any positive rate. */
    static boolean below(int part, int whole, BigDecimal requiredPercent) {
        if (whole == 0) return requiredPercent.signum() > 0;
        return BigDecimal.valueOf(part).multiply(HUNDRED).compareTo(requiredPercent.multiply(BigDecimal.valueOf(whole))) < 0;
    }

    /** part/whole in percent, two decimals, rounded down so a rate is never shown higher than it is. */
    static BigDecimal percent(int part, int whole) {
        if (whole == 0) return BigDecimal.ZERO;
        return BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), 2, RoundingMode.DOWN).stripTrailingZeros();
    }
}
