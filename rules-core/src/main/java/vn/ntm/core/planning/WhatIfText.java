package vn.ntm.core.planning;

import java.math.BigDecimal;
import java.util.Map;
import vn.ntm.core.facts.CriterionStatus;
import vn.ntm.core.report.Format;

/** The what-if document in Vietnamese, with English labels alongside. */
public final class WhatIfText {
    private WhatIfText() { }

    public static String render(WhatIfReport r) {
        return r.kind() == WhatIfReport.Kind.sweep ? sweep(r) : compare(r);
    }

    private static String compare(WhatIfReport r) {
        StringBuilder sb = new StringBuilder();
        sb.append("ĐÁNH GIÁ GIẢ ĐỊNH: MỨC ĐỀ XUẤT SO VỚI MỨC HIỆN HÀNH (what-if: proposed levels against current levels)\n");
        for (WhatIfReport.OverlayRef o : r.proposed()) sb.append("Mức đề xuất (proposed): ").append(ref(o)).append("\n");
        sb.append("Mức hiện hành (current): mức quốc gia (national)");
        for (WhatIfReport.OverlayRef o : r.current()) sb.append("; ").append(ref(o));
        sb.append("\n");
        sb.append("Số xã (communes): ").append(r.communeCount()).append(" · thay đổi (changed): ").append(r.changedCount()).append("\n");
        for (WhatIfReport.CommuneChange c : r.communes()) {
            sb.append("\nXã ").append(c.name()).append(" (").append(c.code()).append(")");
            if (c.district() != null) sb.append(", huyện ").append(c.district());
            if (c.province() != null) sb.append(", tỉnh ").append(c.province());
            sb.append(" — ").append(c.criteriaSet()).append(", ngày ").append(Format.date(c.assessedOn())).append("\n");
            sb.append("  Số tiêu chí đạt (criteria achieved): ").append(c.achievedBefore()).append("/").append(c.criteriaCount())
                    .append(" → ").append(c.achievedAfter()).append("/").append(c.criteriaCount()).append("\n");
            sb.append("  Đủ điều kiện lấy ý kiến (poll ready): ").append(yesNo(c.pollReadyBefore())).append(" → ")
                    .append(yesNo(c.pollReadyAfter())).append("\n");
            for (WhatIfReport.StatusChange s : c.criteria()) {
                sb.append("  Tiêu chí số ").append(s.code()).append(" – ").append(s.name()).append(": ")
                        .append(criterion(s.before())).append(" → ").append(criterion(s.after()))
                        .append(" (").append(s.before()).append(" → ").append(s.after()).append(")\n");
            }
            for (WhatIfReport.IndicatorChange i : c.indicators()) {
                sb.append("  Chỉ tiêu ").append(i.code()).append(" – ").append(i.name()).append(": ")
                        .append(indicator(i.before())).append(" → ").append(indicator(i.after()))
                        .append(" (").append(i.before()).append(" → ").append(i.after()).append(")");
                if (i.value() != null) sb.append("; giá trị (value) ").append(Format.value(i.value(), "").trim());
                if (i.thresholdBefore() != null || i.thresholdAfter() != null) {
                    sb.append("; mức (level) ").append(level(i.thresholdBefore()));
                    if (i.thresholdAfter() != null) sb.append(" → ").append(level(i.thresholdAfter()));
                }
                sb.append("\n");
            }
        }
        sb.append("\nTổng hợp theo tỉnh (by province):\n");
        for (WhatIfReport.ProvinceSummary p : r.provinces()) {
            sb.append("  ").append(p.province().isEmpty() ? "(không ghi tỉnh / no province)" : p.province()).append(": ")
                    .append(p.communes()).append(" xã, ").append(p.changed()).append(" thay đổi (changed); đạt đủ tiêu chí (complete) ")
                    .append(p.completeBefore()).append(" → ").append(p.completeAfter()).append("; đủ điều kiện lấy ý kiến (poll ready) ")
                    .append(p.pollReadyBefore()).append(" → ").append(p.pollReadyAfter()).append("\n");
        }
        sb.append("Tổng hợp theo tiêu chí (by criterion):");
        if (r.criteria().isEmpty()) sb.append(" không tiêu chí nào thay đổi (no criterion changes)");
        sb.append("\n");
        for (WhatIfReport.CriterionSummary c : r.criteria()) {
            sb.append("  Số ").append(c.code()).append(" – ").append(c.name()).append(" [").append(c.criteriaSet()).append("]: ")
                    .append(c.achievedBefore()).append(" → ").append(c.achievedAfter()).append(" xã đạt (communes achieving); thêm ")
                    .append(c.gained()).append(", mất ").append(c.lost()).append(" (gained, lost)\n");
        }
        return sb.toString();
    }

    private static String sweep(WhatIfReport r) {
        WhatIfReport.SweepReport s = r.sweep();
        StringBuilder sb = new StringBuilder();
        sb.append("QUÉT MỨC QUY ĐỊNH (level sweep): chỉ tiêu ").append(s.indicator());
        if (s.part() != null) sb.append(" (").append(s.part()).append(")");
        sb.append(" – ").append(s.name()).append(" [").append(s.criteriaSet()).append("]\n");
        sb.append("Tiêu chí số ").append(s.criterion()).append(" – ").append(s.criterionName()).append("\n");
        sb.append("Mức hiện hành (current): mức quốc gia (national)");
        for (WhatIfReport.OverlayRef o : r.current()) sb.append("; ").append(ref(o));
        sb.append("\n");
        sb.append("Số xã thuộc bộ tiêu chí (communes of the set): ").append(s.communes());
        if (s.otherSetCommunes() > 0) sb.append(" · xã thuộc bộ khác, không bị ảnh hưởng (other sets, unaffected): ").append(s.otherSetCommunes());
        sb.append("\n\n");
        sb.append("Mức (level) | đạt tiêu chí ").append(s.criterion()).append(" (achieving) | đạt đủ tiêu chí (complete)"
                + " | đủ điều kiện lấy ý kiến (poll ready) | số xã đổi trạng thái (flips)\n");
        WhatIfReport.Counts c = s.current();
        sb.append("hiện hành (current) | ").append(c.achieving()).append(" | ").append(c.complete()).append(" | ")
                .append(c.pollReady()).append(" | —\n");
        for (WhatIfReport.Step st : s.steps()) {
            sb.append(Format.number(st.level())).append(" | ").append(st.achieving()).append(" | ").append(st.complete())
                    .append(" | ").append(st.pollReady()).append(" | ").append(st.flips().size()).append("\n");
        }
        boolean any = false;
        for (WhatIfReport.Step st : s.steps()) {
            if (st.flips().isEmpty()) continue;
            if (!any) sb.append("\nXã đổi trạng thái tiêu chí ").append(s.criterion()).append(" (communes whose criterion flips):\n");
            any = true;
            sb.append("  Mức ").append(Format.number(st.level())).append(": ");
            StringBuilder line = new StringBuilder();
            for (WhatIfReport.Flip f : st.flips()) {
                if (line.length() > 0) line.append("; ");
                line.append(f.name()).append(" (").append(f.code()).append(") ").append(criterion(f.before().name()))
                        .append(" → ").append(criterion(f.after().name()));
            }
            sb.append(line).append("\n");
        }
        if (!any) sb.append("\nKhông xã nào đổi trạng thái tiêu chí trong khoảng này (no commune flips in this range).\n");
        return sb.toString();
    }

    private static String ref(WhatIfReport.OverlayRef o) {
        return o.decision() + " — tỉnh " + o.province() + " [" + o.source() + "]";
    }

    private static String level(Object t) {
        if (t == null) return "—";
        if (t instanceof BigDecimal b) return Format.number(b);
        if (t instanceof Map<?, ?>) return Format.value(t, "");
        return String.valueOf(t);
    }

    private static String yesNo(boolean b) { return b ? "có" : "không"; }

    static String criterion(String status) {
        return switch (CriterionStatus.valueOf(status)) {
            case ACHIEVED -> "Đạt";
            case NOT_ACHIEVED -> "Chưa đạt";
            case INCOMPLETE -> "Chưa đủ số liệu";
        };
    }

    static String indicator(String status) {
        return switch (status) {
            case "PASS" -> "Đạt";
            case "FAIL" -> "Không đạt";
            case "NO_DATA" -> "Chưa có số liệu";
            case "NOT_APPLICABLE" -> "Không áp dụng";
            default -> status;
        };
    }
}
