package vn.ntm.core.report;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import vn.ntm.core.catalog.Certainty;
import vn.ntm.core.catalog.Comparator;
import vn.ntm.core.facts.BlockerKind;
import vn.ntm.core.facts.CriterionStatus;
import vn.ntm.core.facts.IndicatorStatus;
import vn.ntm.core.input.AppraisalLevel;
import vn.ntm.core.result.AssessmentResult;
import vn.ntm.core.result.Blocker;
import vn.ntm.core.result.CriterionResult;
import vn.ntm.core.result.EvidenceRef;
import vn.ntm.core.result.IndicatorResult;
import vn.ntm.core.result.PartResult;
import vn.ntm.core.result.Warning;

/**
 * The Vietnamese report for one commune, in the shape of the district's letter: the achieved list and count,
 * then each criterion not achieved with its failing or missing indicators (value, threshold, gap), the missing
 * evidence, poll readiness, recognition, and how many results rest on unverified thresholds.
 * English labels stand alongside for readers who need them.
 */
public final class TextReport {
    private TextReport() { }

    public static String render(AssessmentResult r) {
        StringBuilder sb = new StringBuilder();
        var c = r.commune();
        sb.append("Xã ").append(c.name());
        if (c.district() != null) sb.append(", huyện ").append(c.district());
        if (c.province() != null) sb.append(", tỉnh ").append(c.province());
        sb.append(" (").append(c.code()).append(")\n");
        sb.append(r.criteriaSetName()).append(" [").append(r.criteriaSet()).append("]");
        for (Warning w : r.warnings()) {
            if (w.kind().equals(Warning.INDICATORS_NOT_ENCODED)) sb.append(" — ").append(w.message()).append(" (").append(w.messageEn()).append(")");
        }
        sb.append("\n");
        sb.append("Ngày đánh giá (assessed on): ").append(Format.date(r.assessedOn()))
                .append(" · Vùng áp dụng mức quy định (threshold region): ").append(c.thresholdRegion());
        if (!c.categories().isEmpty()) sb.append(" (xã ").append(c.categories().stream().map(Enum::name).collect(Collectors.joining(", "))).append(")");
        if (r.strict()) sb.append(" · chế độ nghiêm ngặt (strict)");
        sb.append("\n\n");

        List<CriterionResult> achieved = r.criteria().stream().filter(x -> x.status() == CriterionStatus.ACHIEVED).toList();
        sb.append("Xã ").append(c.name()).append(" đạt ").append(r.achievedCount()).append("/").append(r.criteriaCount())
                .append(" tiêu chí");
        if (!achieved.isEmpty()) {
            sb.append(" gồm: ").append(achieved.stream().map(CriterionResult::label).collect(Collectors.joining("; ")));
        }
        sb.append(".\n(Achieved ").append(r.achievedCount()).append(" of ").append(r.criteriaCount()).append(" criteria.)\n");
        List<String> provisional = achieved.stream().filter(x -> x.certainty() != Certainty.CERTAIN).map(CriterionResult::code).toList();
        if (!provisional.isEmpty()) {
            sb.append("Trong đó ").append(provisional.size()).append(" tiêu chí đạt dựa trên mức tạm tính, chưa chắc chắn: số ")
                    .append(String.join(", ", provisional))
                    .append("\n(Achieved on a provisional level, not yet certain: ").append(String.join(", ", provisional)).append(".)\n");
        }

        List<CriterionResult> open = r.criteria().stream().filter(x -> x.status() != CriterionStatus.ACHIEVED).toList();
        if (!open.isEmpty()) {
            sb.append("\nCác tiêu chí chưa đạt (criteria not achieved): ").append(open.size()).append("\n");
            for (CriterionResult cr : open) {
                sb.append("  ").append(cr.label()).append(" — ")
                        .append(cr.status() == CriterionStatus.NOT_ACHIEVED ? "chưa đạt (not achieved)" : "chưa đủ số liệu (incomplete)");
                if (cr.appraisal() != AppraisalLevel.NONE) sb.append(" · ").append(cr.appraisal().vi());
                sb.append("\n");
                for (IndicatorResult i : cr.indicators()) {
                    if (i.status() == IndicatorStatus.FAIL || i.status() == IndicatorStatus.NO_DATA) sb.append(indicatorLine(i));
                }
            }
        }

        appraisals(sb, r);

        if (!r.missingEvidence().isEmpty()) {
            sb.append("\nHồ sơ minh chứng còn thiếu (missing evidence): ").append(r.missingEvidence().size()).append(" văn bản\n");
            for (EvidenceRef e : r.missingEvidence()) {
                sb.append("    • ").append(e.indicator()).append(": ").append(e.document()).append(" – ").append(e.title())
                        .append(e.assumed() ? " (hồ sơ đề xuất, chưa có quy định cụ thể)" : "").append("\n");
            }
        }

        if (!r.extraEvidence().isEmpty()) {
            sb.append("\nHồ sơ ngoài danh mục (extra documents, kept as given): ").append(r.extraEvidence().size()).append(" văn bản\n");
            for (EvidenceRef e : r.extraEvidence()) {
                sb.append("    • ").append(e.indicator()).append(": ").append(e.document())
                        .append(e.title() == null ? "" : " – " + e.title()).append("\n");
            }
        }
        if (!r.stillNeeds().isEmpty()) {
            sb.append("\nCòn phải làm, gần đạt nhất trước (still needs, closest first):\n")
                    .append(vn.ntm.core.planning.StillNeedsText.render(r.stillNeeds(), "    "));
        }

        sb.append("\nLấy ý kiến sự hài lòng của người dân (resident satisfaction poll): ");
        if (r.pollReadiness().ready()) {
            sb.append("ĐỦ ĐIỀU KIỆN (ready): đạt ").append(r.criteriaCount()).append("/").append(r.criteriaCount())
                    .append(" tiêu chí, đủ hồ sơ minh chứng\n");
        } else {
            long pre = r.pollReadiness().blockers().stream().filter(b -> b.kind() == BlockerKind.PREREQUISITE_NOT_MET).count();
            long crit = r.pollReadiness().blockers().stream().filter(b -> !b.kind().name().equals("EVIDENCE_MISSING")).count() - pre;
            long docs = r.pollReadiness().blockers().size() - crit - pre;
            sb.append("CHƯA ĐỦ ĐIỀU KIỆN (not ready): ").append(crit).append(" tiêu chí chưa đạt, ")
                    .append(docs).append(" hồ sơ minh chứng còn thiếu\n");
            for (Blocker b : r.pollReadiness().blockers()) {
                if (b.kind() == BlockerKind.PREREQUISITE_NOT_MET) sb.append("    • ").append(b.message()).append("\n");
            }
        }
        sb.append("Xét công nhận (recognition): ");
        var rec = r.recognition();
        if (rec.eligible()) {
            sb.append("ĐỦ ĐIỀU KIỆN (eligible)\n");
        } else {
            sb.append(rec.decidable() ? "CHƯA ĐỦ ĐIỀU KIỆN (not eligible)\n" : "CHƯA XÁC ĐỊNH ĐƯỢC (not yet decidable)\n");
            for (Blocker b : rec.blockers()) sb.append("    • ").append(b.message()).append("\n");
        }

        sb.append("\nLưu ý về độ tin cậy (reliability):\n");
        sb.append("    • ").append(r.unverifiedThresholdCount()).append(" kết quả chỉ tiêu dựa trên mức quy định chưa được xác minh với văn bản chính thức,")
                .append(" là kết quả tạm tính (provisional results resting on unverified thresholds)\n");
        for (Warning w : r.warnings()) {
            if (!w.kind().equals("UNVERIFIED_THRESHOLDS") && !w.kind().equals(Warning.INDICATORS_NOT_ENCODED)) sb.append("    • ").append(w.message()).append("\n");
        }
        lowConfidence(sb, r);
        return sb.toString();
    }

    /** Names the decided results whose indicator wording is unconfirmed, so a reader knows which to re-check. */
    private static void lowConfidence(StringBuilder sb, AssessmentResult r) {
        List<String> pass = new ArrayList<>();
        List<String> fail = new ArrayList<>();
        List<String> criteria = new ArrayList<>();
        for (CriterionResult cr : r.criteria()) {
            boolean low = false;
            for (IndicatorResult i : cr.indicators()) {
                if (!"LOW".equals(i.confidence())) continue;
                if (i.status() == IndicatorStatus.PASS) pass.add(i.code());
                if (i.status() == IndicatorStatus.FAIL) fail.add(i.code());
                low |= i.status() == IndicatorStatus.PASS || i.status() == IndicatorStatus.FAIL;
            }
            if (low && cr.status() == CriterionStatus.ACHIEVED) criteria.add(cr.code());
        }
        if (pass.isEmpty() && fail.isEmpty()) return;
        if (!criteria.isEmpty()) {
            sb.append("    • Tiêu chí đạt dựa trên chỉ tiêu có độ tin cậy thấp (achieved criteria resting on low-confidence indicators): số ")
                    .append(String.join(", ", criteria)).append("\n");
        }
        sb.append("    • Kết quả dựa trên chỉ tiêu có độ tin cậy thấp (results resting on low-confidence indicators):");
        if (!pass.isEmpty()) sb.append(" đạt (pass) ").append(String.join(", ", pass)).append(";");
        if (!fail.isEmpty()) sb.append(" không đạt (fail) ").append(String.join(", ", fail)).append(";");
        sb.setLength(sb.length() - 1);
        sb.append("\n");
    }

    static String indicatorLine(IndicatorResult i) {
        StringBuilder sb = new StringBuilder("    • Chỉ tiêu ").append(i.code()).append(" – ").append(i.name()).append(": ");
        if (i.status() == IndicatorStatus.NO_DATA) {
            sb.append("chưa đánh giá được (no data): ").append(i.reason() == null ? "" : i.reason().vi());
            if (i.value() != null) sb.append("; số liệu báo cáo ").append(Format.value(i.value(), i.unit()));
        } else if (i.comparator() == Comparator.BOOLEAN) {
            sb.append("Không đạt (yêu cầu: Đạt)");
        } else if (i.comparator() == Comparator.COMPOSITE) {
            List<String> parts = new ArrayList<>();
            for (PartResult p : i.parts()) {
                String s = p.nameVi() + " " + Format.number(p.value()) + " " + p.unit();
                if (p.status() == IndicatorStatus.FAIL) {
                    s += " (yêu cầu " + p.comparator().symbol() + " " + Format.number(p.threshold()) + ", còn thiếu " + Format.number(p.gap()) + ")";
                } else if (p.status() == IndicatorStatus.NO_DATA) {
                    s += " (chưa có số liệu)";
                }
                parts.add(s);
            }
            sb.append(String.join("; ", parts));
        } else {
            sb.append(Format.value(i.value(), i.unit())).append(", yêu cầu ").append(i.comparator().symbol()).append(" ")
                    .append(Format.value(i.threshold(), i.unit())).append(", còn thiếu ").append(Format.number(i.gap()))
                    .append(" ").append(i.unit());
        }
        if (i.status() == IndicatorStatus.FAIL && i.certainty() != Certainty.CERTAIN) {
            sb.append(" [mức tạm tính, chưa chắc chắn: ").append(i.thresholdBasis() == null ? i.thresholdCitation() : i.thresholdBasis()).append("]");
        }
        if (i.status() == IndicatorStatus.NO_DATA && i.reason() == vn.ntm.core.facts.NoDataReason.THRESHOLD_UNVERIFIED_STRICT
                && i.comparator() == Comparator.BOOLEAN) {
            sb.append(" [yêu cầu \"Đạt\" chưa đối chiếu văn bản chính thức]");
        } else if (i.status() == IndicatorStatus.NO_DATA && i.reason() == vn.ntm.core.facts.NoDataReason.THRESHOLD_UNVERIFIED_STRICT) {
            sb.append(" [mức tạm tính ").append(Format.value(i.threshold(), i.unit()));
            if (i.thresholdFloor() != null) sb.append("; mức chính thức ≥ ").append(Format.number(i.thresholdFloor()));
            if (i.thresholdCeiling() != null) sb.append("; mức chính thức ≤ ").append(Format.number(i.thresholdCeiling()));
            sb.append("]");
        }
        if (i.thresholdSource() != null && !i.thresholdSource().equals("NATIONAL")) {
            sb.append(" [mức của tỉnh: ").append(i.thresholdSource()).append("]");
        }
        return sb.append("\n").toString();
    }

    private static void appraisals(StringBuilder sb, AssessmentResult r) {
        List<String> crit = new ArrayList<>();
        List<String> inds = new ArrayList<>();
        for (CriterionResult cr : r.criteria()) {
            if (cr.appraisal() == AppraisalLevel.PROVINCE) crit.add(cr.code());
            for (IndicatorResult i : cr.indicators()) {
                if (i.appraisal() == AppraisalLevel.PROVINCE && cr.appraisal() != AppraisalLevel.PROVINCE && !i.code().equals(cr.code())) inds.add(i.code());
            }
        }
        if (crit.isEmpty() && inds.isEmpty()) return;
        sb.append("\nĐã được tỉnh thẩm định đạt (appraised by the province): ").append(Format.count2(crit.size()))
                .append(" tiêu chí và ").append(Format.count2(inds.size())).append(" chỉ tiêu");
        if (!crit.isEmpty()) sb.append("; tiêu chí số ").append(String.join(", ", crit));
        if (!inds.isEmpty()) sb.append("; chỉ tiêu ").append(String.join(", ", inds));
        sb.append("\n");
    }
}
