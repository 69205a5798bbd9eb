package vn.ntm.core.workflow;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.ntm.core.facts.BlockerKind;
import vn.ntm.core.report.Format;
import vn.ntm.core.result.AssessmentResult;
import vn.ntm.core.result.Blocker;
import vn.ntm.core.result.CriterionResult;
import vn.ntm.core.result.OpenItem;

/**
 * The district report in Vietnamese, in the shape of the district's letter: per commune the achieved list and count,
 * the province's appraisal ("04 tiêu chí và 07 chỉ tiêu"), what must be done by which date, the week's progress,
 * poll readiness and recognition. English labels stand alongside.
 */
public final class DistrictTextReport {
    private DistrictTextReport() { }

    /** Dates as the letters write them: 25/9/2024. */
    static String letterDate(LocalDate d) { return d.getDayOfMonth() + "/" + d.getMonthValue() + "/" + d.getYear(); }

    /** The weekday as Vietnamese letters name it ("thứ Sáu"). */
    public static String dayVi(DayOfWeek d) {
        return switch (d) {
            case MONDAY -> "thứ Hai";
            case TUESDAY -> "thứ Ba";
            case WEDNESDAY -> "thứ Tư";
            case THURSDAY -> "thứ Năm";
            case FRIDAY -> "thứ Sáu";
            case SATURDAY -> "thứ Bảy";
            case SUNDAY -> "Chủ nhật";
        };
    }

    static String hour(LocalTime t) { return String.format(Locale.ROOT, "%02dh%02d", t.getHour(), t.getMinute()); }

    static String at(LocalDateTime t) {
        return hour(t.toLocalTime()) + " " + dayVi(t.getDayOfWeek()) + " ngày " + letterDate(t.toLocalDate());
    }

    public static String render(DistrictReport d) {
        StringBuilder sb = new StringBuilder(header(d.district(), d.province(), d.asOf(), d.plan()));
        int n = 0;
        List<String> summaries = new ArrayList<>();
        for (DistrictReport.CommuneSection s : d.communes()) {
            sb.append(section(++n, s));
            summaries.add(summary(s));
        }
        return sb.append(closing(summaries, d.nextReport())).toString();
    }

    /** The report's heading: district, date, the plan's deadlines and weekly report (for reports written piece by piece). */
    public static String header(String district, String province, LocalDate asOf, DistrictPlan p) {
        StringBuilder sb = new StringBuilder();
        sb.append("BÁO CÁO TIẾN ĐỘ XÂY DỰNG NÔNG THÔN MỚI");
        if (district != null) sb.append(" HUYỆN ").append(district.toUpperCase(Locale.forLanguageTag("vi")));
        sb.append("\n(District progress report on the new rural commune criteria)\n");
        if (province != null) sb.append("Tỉnh (province): ").append(province).append("\n");
        sb.append("Tính đến ngày (as of): ").append(letterDate(asOf)).append("\n");
        if (p != null) {
            sb.append("Căn cứ (per): ").append(p.source()).append("\n");
            LocalDate a = p.deadline(AppraisalGroup.ACHIEVED_NOT_APPRAISED);
            LocalDate b = p.deadline(AppraisalGroup.TO_ACHIEVE);
            sb.append("Thời hạn (deadlines):\n");
            if (a != null) sb.append("  – Tiêu chí đã đạt chưa thẩm định: duy trì, hoàn thiện hồ sơ minh chứng, báo cáo trước ngày ")
                    .append(letterDate(a)).append(" (achieved, not yet appraised: dossier by ").append(a).append(")\n");
            if (b != null) sb.append("  – Tiêu chí chưa đạt: hoàn thành các chỉ tiêu, tiêu chí và hồ sơ minh chứng trước ngày ")
                    .append(letterDate(b)).append(" (not achieved: achieve and complete the dossier by ").append(b).append(")\n");
            DistrictPlan.WeeklyReport w = p.weeklyReport();
            if (w != null) {
                sb.append("  – Báo cáo tiến độ vào ").append(hour(w.time())).append(" ").append(dayVi(w.day())).append(" hàng tuần từ ngày ")
                        .append(letterDate(w.from()));
                if (w.to() != null) sb.append(" đến ngày ").append(letterDate(w.to()));
                if (w.recipient() != null) sb.append(", gửi ").append(w.recipient());
                sb.append(" (weekly report every ").append(w.day().name().charAt(0)).append(w.day().name().substring(1).toLowerCase(Locale.ROOT))
                        .append(" at ").append(w.time()).append(")\n");
            }
        }
        return sb.toString();
    }

    /** One commune's section, numbered {@code n}. */
    public static String section(int n, DistrictReport.CommuneSection s) {
        StringBuilder sb = new StringBuilder();
        sb.append("\n").append(n).append(". Xã ").append(s.commune().name()).append(" (").append(s.commune().code()).append(") — ")
                .append(s.criteriaSetName()).append("; đánh giá ngày ").append(letterDate(s.assessedOn())).append("\n");
        if (s.stale()) {
            sb.append("  – Lưu ý: số liệu cũ, đánh giá ngày ").append(letterDate(s.assessedOn()))
                    .append(" trước tuần báo cáo; cần cập nhật (stale: assessed before the reporting week)\n");
        }
        commune(sb, s);
        return sb.toString();
    }

    /** The commune's line in the closing summary. */
    public static String summary(DistrictReport.CommuneSection s) {
        String x = "xã " + s.commune().name() + " đạt " + s.achievedCount() + "/" + s.criteriaCount() + " tiêu chí, tỉnh đã thẩm định "
                + s.provinceAppraisal().summary();
        if (s.schedule() != null && s.schedule().overdueCount() > 0) x += ", " + s.schedule().overdueCount() + " việc quá hạn";
        if (s.stale()) x += ", số liệu cũ";
        return x;
    }

    /** The closing summary and the next weekly report, if one is still owed. */
    public static String closing(List<String> summaries, LocalDateTime nextReport) {
        StringBuilder sb = new StringBuilder("\nTổng hợp (summary): ").append(String.join("; ", summaries)).append(".\n");
        if (nextReport != null) sb.append("Kỳ báo cáo tới (next report): ").append(at(nextReport)).append("\n");
        return sb.toString();
    }

    private static void commune(StringBuilder sb, DistrictReport.CommuneSection s) {
        AssessmentResult r = s.result();
        List<CriterionResult> achieved = r.criteria().stream().filter(c -> s.achieved().contains(c.code())).toList();
        sb.append("  – Đã đạt ").append(s.achievedCount()).append("/").append(s.criteriaCount()).append(" tiêu chí");
        if (!achieved.isEmpty()) sb.append(" gồm: ").append(String.join("; ", achieved.stream().map(CriterionResult::label).toList()));
        sb.append(" (achieved ").append(s.achievedCount()).append(" of ").append(s.criteriaCount()).append(")\n");

        ProvinceAppraisal pa = s.provinceAppraisal();
        if (pa.isEmpty()) {
            sb.append("  – Chưa có tiêu chí, chỉ tiêu nào được tỉnh thẩm định (nothing appraised by the province yet)\n");
        } else {
            sb.append("  – ");
            if (!pa.dates().isEmpty()) sb.append("Ngày ").append(String.join(", ", pa.dates().stream().map(DistrictTextReport::letterDate).toList())).append(", c");
            else sb.append("C");
            sb.append("ác Sở, ngành của tỉnh thẩm định đạt ").append(pa.summary()).append(" gồm: ");
            List<String> items = new ArrayList<>();
            for (String c : pa.criteria()) items.add("Tiêu chí số " + c + " – " + r.criterion(c).name());
            for (CriterionResult c : r.criteria()) {
                List<String> in = pa.indicators().stream().filter(i -> r.criterion(c.code()).indicators().stream().anyMatch(x -> x.code().equals(i))).toList();
                if (in.isEmpty()) continue;
                items.add((in.size() > 1 ? "Các chỉ tiêu " : "Chỉ tiêu ") + String.join(", ", in) + " trong tiêu chí số " + c.code() + " – " + c.name());
            }
            sb.append(String.join("; ", items)).append(" (appraised by the province: ").append(pa.criteriaCount()).append(" criteria, ")
                    .append(pa.indicatorCount()).append(" indicators)\n");
        }

        for (AppraisalGroup g : List.of(AppraisalGroup.ACHIEVED_NOT_APPRAISED, AppraisalGroup.TO_ACHIEVE)) {
            List<String> codes = s.groups().get(g);
            if (codes.isEmpty()) continue;
            sb.append("  – ").append(g == AppraisalGroup.ACHIEVED_NOT_APPRAISED
                    ? "Tiêu chí đã đạt chưa thẩm định (achieved, not yet appraised)" : "Tiêu chí chưa đạt (not achieved)");
            sb.append(": ").append(codes.size());
            OpenItem any = s.schedule() == null ? null
                    : s.schedule().items().stream().filter(i -> i.group() == g).findFirst().orElse(null);
            if (any != null && any.due() != null) {
                sb.append(" — ").append(g == AppraisalGroup.ACHIEVED_NOT_APPRAISED ? "hoàn thiện hồ sơ minh chứng, báo cáo" : "hoàn thành tiêu chí và hồ sơ")
                        .append(" trước ngày ").append(letterDate(any.due()));
                long days = any.daysLeft();
                sb.append(days >= 0 ? " (còn " + days + " ngày / " + days + " days left)" : " (hạn đã qua " + (-days) + " ngày / deadline passed " + (-days) + " days ago)");
            }
            sb.append("\n");
            for (String code : codes) {
                CriterionResult c = r.criterion(code);
                sb.append("      • ").append(c.label());
                OpenItem item = s.schedule() == null ? null
                        : s.schedule().items().stream().filter(i -> i.criterion().equals(code)).findFirst().orElse(null);
                List<String> notes = new ArrayList<>();
                if (c.appraisal() != vn.ntm.core.input.AppraisalLevel.NONE) notes.add(c.appraisal().vi());
                if (c.refusal() != null) {
                    notes.add(c.refusal().level().vi() + " không đạt"
                            + (c.refusal().date() == null ? "" : " ngày " + letterDate(c.refusal().date())) + " (appraised as not achieved)");
                }
                if (item != null) {
                    if (!item.indicators().isEmpty()) notes.add("chỉ tiêu chưa đạt/chưa có số liệu: " + String.join(", ", item.indicators()));
                    if (item.missingEvidence() > 0) notes.add("thiếu " + item.missingEvidence() + " hồ sơ minh chứng");
                    if (item.state() == OpenItem.State.DOSSIER_COMPLETE) notes.add("đủ hồ sơ, chờ thẩm định (dossier complete)");
                    if (item.overdue()) notes.add("QUÁ HẠN (overdue)");
                }
                if (!notes.isEmpty()) sb.append(" [").append(String.join("; ", notes)).append("]");
                sb.append("\n");
            }
        }

        Progress p = s.progress();
        if (p != null) {
            sb.append("  – Tiến độ từ ngày ").append(letterDate(p.from())).append(" (progress since ").append(p.from()).append("): ");
            if (p.unchanged()) {
                sb.append("không có thay đổi (no change)\n");
            } else {
                List<String> ch = new ArrayList<>();
                ch.add("số tiêu chí đạt " + p.achievedBefore() + " → " + p.achievedAfter());
                if (!p.criteriaGained().isEmpty()) ch.add("đạt thêm tiêu chí số " + String.join(", ", p.criteriaGained()));
                if (!p.criteriaLost().isEmpty()) ch.add("không còn đạt tiêu chí số " + String.join(", ", p.criteriaLost()));
                if (!p.indicatorsGained().isEmpty()) ch.add("chỉ tiêu mới đạt " + String.join(", ", p.indicatorsGained()));
                if (!p.indicatorsLost().isEmpty()) ch.add("chỉ tiêu không còn đạt " + String.join(", ", p.indicatorsLost()));
                if (!p.evidenceAdded().isEmpty()) ch.add("bổ sung " + p.evidenceAdded().size() + " hồ sơ minh chứng (" + String.join(", ", p.evidenceAdded()) + ")");
                if (!p.evidenceNowMissing().isEmpty()) ch.add("thiếu thêm " + p.evidenceNowMissing().size() + " hồ sơ minh chứng");
                for (Progress.Appraised a : p.appraisalsDone()) {
                    ch.add(a.level().vi() + " " + (a.target().contains(".") ? "chỉ tiêu " : "tiêu chí số ") + a.target()
                            + (a.date() == null ? "" : " ngày " + letterDate(a.date())));
                }
                sb.append(String.join("; ", ch)).append("\n");
            }
        }

        if (s.forecast() != null) {
            sb.append("  – Dự báo theo tiến độ các tuần (forecast from weekly progress): ")
                    .append(vn.ntm.core.planning.StillNeedsText.forecast(s.forecast())).append("\n");
        }
        if (!s.stillNeeds().isEmpty()) {
            sb.append("  – Còn phải làm, gần đạt nhất trước (still needs, closest first):\n")
                    .append(vn.ntm.core.planning.StillNeedsText.render(s.stillNeeds(), "      "));
        }
        if (s.finished() && s.schedule() != null) {
            sb.append("  – Đã hoàn thành các tiêu chí: không còn phải báo cáo tiến độ hàng tuần (all criteria achieved: weekly reporting ends)\n");
        }
        sb.append("  – Lấy ý kiến sự hài lòng của người dân (satisfaction poll): ");
        if (s.pollReadiness().ready()) {
            sb.append("ĐỦ ĐIỀU KIỆN, đề nghị Ủy ban MTTQ tổ chức lấy ý kiến (ready)\n");
        } else {
            long crit = s.pollReadiness().blockers().stream().filter(b -> b.kind() != BlockerKind.EVIDENCE_MISSING).count();
            long docs = s.pollReadiness().blockers().size() - crit;
            sb.append("chưa đủ điều kiện: còn ").append(crit).append(" tiêu chí chưa đạt, ").append(docs)
                    .append(" hồ sơ minh chứng còn thiếu (not ready)\n");
        }
        sb.append("  – Xét công nhận (recognition, 18/2022/QĐ-TTg): ");
        var rec = s.recognition();
        if (rec.eligible()) {
            sb.append("đủ điều kiện (eligible)\n");
        } else {
            sb.append(rec.decidable() ? "chưa đủ điều kiện (not eligible)" : "chưa xác định được (not yet decidable)");
            List<String> why = rec.blockers().stream().map(Blocker::message).toList();
            if (!why.isEmpty()) sb.append(": ").append(String.join("; ", why));
            sb.append("\n");
        }
    }
}
